namespace TeamDrill.Shared.Leagues;

/// <summary>The Hungarian algorithm: a perfect matching of rows to columns of a square cost matrix at minimum total cost.</summary>
internal static class MinCostAssignment
{
    /// <summary>For each row, the column it is matched to.</summary>
    public static int[] Solve(long[,] cost)
    {
        var n = cost.GetLength(0);
        const long Infinity = long.MaxValue / 4;
        var u = new long[n + 1];
        var v = new long[n + 1];
        var matchOfColumn = new int[n + 1];
        var way = new int[n + 1];
        for (var row = 1; row <= n; row++)
        {
            matchOfColumn[0] = row;
            var column0 = 0;
            var minimum = new long[n + 1];
            var used = new bool[n + 1];
            Array.Fill(minimum, Infinity);
            do
            {
                used[column0] = true;
                var row0 = matchOfColumn[column0];
                var delta = Infinity;
                var column1 = 0;
                for (var column = 1; column <= n; column++)
                {
                    if (used[column])
                    {
                        continue;
                    }

                    var reduced = cost[row0 - 1, column - 1] - u[row0] - v[column];
                    if (reduced < minimum[column])
                    {
                        minimum[column] = reduced;
                        way[column] = column0;
                    }

                    if (minimum[column] < delta)
                    {
                        delta = minimum[column];
                        column1 = column;
                    }
                }

                for (var column = 0; column <= n; column++)
                {
                    if (used[column])
                    {
                        u[matchOfColumn[column]] += delta;
                        v[column] -= delta;
                    }
                    else
                    {
                        minimum[column] -= delta;
                    }
                }

                column0 = column1;
            }
            while (matchOfColumn[column0] != 0);

            do
            {
                var column1 = way[column0];
                matchOfColumn[column0] = matchOfColumn[column1];
                column0 = column1;
            }
            while (column0 != 0);
        }

        var result = new int[n];
        for (var column = 1; column <= n; column++)
        {
            result[matchOfColumn[column] - 1] = column - 1;
        }

        return result;
    }
}
