namespace TeamDrill.Shared.Ratings;

/// <summary>
/// The Glicko-2 update of one player over one rating period, step by step as in Mark E. Glickman,
/// "Example of the Glicko-2 system" (2013), http://www.glicko.net/glicko/glicko2.pdf.
/// </summary>
public static class Glicko2
{
    /// <summary>Converts between the Glicko scale (1500, 350) and the internal Glicko-2 scale (0, 2.01).</summary>
    public const double ScaleFactor = 173.7178;

    public const double DefaultTau = 0.5;

    /// <summary>Convergence tolerance of the volatility iteration (step 5), as in the paper.</summary>
    private const double Epsilon = 0.000001;

    /// <summary>
    /// The player's rating after a period with these games (scores in [0, 1], partial results allowed).
    /// With no games only the deviation grows (step 6), capped at the newcomer's 350: a long absence
    /// makes us as unsure as about a newcomer, never more.
    /// </summary>
    public static Glicko2Rating Rate(Glicko2Rating player, IReadOnlyList<Glicko2Game> games, double tau = DefaultTau)
    {
        ArgumentNullException.ThrowIfNull(games);
        if (!(tau > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(tau), tau, "The system constant tau must be positive (0.3 to 1.2 is usual).");
        }

        foreach (var game in games)
        {
            if (!(game.Score >= 0 && game.Score <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(games), game.Score, "A game's score must be between 0 and 1.");
            }
        }

        var mu = (player.Rating - Glicko2Rating.DefaultRating) / ScaleFactor;
        var phi = player.Deviation / ScaleFactor;
        var sigma = player.Volatility;

        if (games.Count == 0)
        {
            var grown = Math.Sqrt((phi * phi) + (sigma * sigma)) * ScaleFactor;
            return player with { Deviation = Math.Min(grown, Glicko2Rating.DefaultDeviation) };
        }

        // Step 3 and 4: the estimated variance v and the estimated improvement delta.
        double inverseV = 0, sum = 0;
        foreach (var game in games)
        {
            var muJ = (game.Opponent.Rating - Glicko2Rating.DefaultRating) / ScaleFactor;
            var g = G(game.Opponent.Deviation / ScaleFactor);
            var e = 1 / (1 + Math.Exp(-g * (mu - muJ)));
            inverseV += g * g * e * (1 - e);
            sum += g * (game.Score - e);
        }

        var v = 1 / inverseV;
        var delta = v * sum;

        // Step 5: the new volatility by the Illinois algorithm.
        var newSigma = NewVolatility(phi, sigma, v, delta, tau);

        // Steps 6 to 8.
        var phiStar = Math.Sqrt((phi * phi) + (newSigma * newSigma));
        var newPhi = 1 / Math.Sqrt((1 / (phiStar * phiStar)) + (1 / v));
        var newMu = mu + (newPhi * newPhi * sum);

        return new Glicko2Rating(
            (ScaleFactor * newMu) + Glicko2Rating.DefaultRating,
            ScaleFactor * newPhi,
            newSigma);
    }

    private static double G(double phi) => 1 / Math.Sqrt(1 + (3 * phi * phi / (Math.PI * Math.PI)));

    private static double NewVolatility(double phi, double sigma, double v, double delta, double tau)
    {
        var a = Math.Log(sigma * sigma);
        double F(double x)
        {
            var ex = Math.Exp(x);
            var denominator = (phi * phi) + v + ex;
            return (ex * ((delta * delta) - (phi * phi) - v - ex) / (2 * denominator * denominator)) - ((x - a) / (tau * tau));
        }

        var bigA = a;
        double bigB;
        if (delta * delta > (phi * phi) + v)
        {
            bigB = Math.Log((delta * delta) - (phi * phi) - v);
        }
        else
        {
            var k = 1;
            while (F(a - (k * tau)) < 0)
            {
                k++;
            }

            bigB = a - (k * tau);
        }

        var fA = F(bigA);
        var fB = F(bigB);
        while (Math.Abs(bigB - bigA) > Epsilon)
        {
            var bigC = bigA + ((bigA - bigB) * fA / (fB - fA));
            var fC = F(bigC);
            if (fC * fB <= 0)
            {
                bigA = bigB;
                fA = fB;
            }
            else
            {
                fA /= 2;
            }

            bigB = bigC;
            fB = fC;
        }

        return Math.Exp(bigA / 2);
    }
}
