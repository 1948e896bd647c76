namespace TeamDrill.Shared.Content;

/// <summary>
/// Turns the text of one or more content folders into a validated <see cref="ContentSet"/>. Pure:
/// no disk access. Later folders override earlier ones by card id; the rubric and phrasebook come
/// from the last folder that has one. Every problem in every file is reported, not just the first.
/// </summary>
public static class ContentCompiler
{
    public const string RubricFileName = "rubric.yaml";
    public const string PhrasebookFileName = "phrasebook.yaml";
    public const string CardsFolderName = "cards";

    public static ContentLoadResult Compile(IReadOnlyList<ContentFolder> folders)
    {
        var problems = new List<ContentProblem>();
        if (folders.Count == 0)
        {
            problems.Add(new ContentProblem(".", 1, 1, "no content folder was given"));
            return new ContentLoadResult(null, problems);
        }

        foreach (var missing in folders.Where(f => f.Missing))
        {
            problems.Add(new ContentProblem(missing.Path, 1, 1, "this content folder does not exist"));
        }

        var rubric = LastOf(folders, f => f.Rubric, RubricParser.Parse, problems, out var rubricFile);
        var phrasebook = LastOf(folders, f => f.Phrasebook, PhrasebookParser.Parse, problems, out var phrasebookFile);
        var present = folders.Where(f => !f.Missing).ToList();
        if (rubricFile is null && present.Count > 0)
        {
            problems.Add(new ContentProblem(present[^1].Path, 1, 1, $"no {RubricFileName} in any content folder; one folder must have the rubric"));
        }

        if (phrasebookFile is null && present.Count > 0)
        {
            problems.Add(new ContentProblem(present[^1].Path, 1, 1, $"no {PhrasebookFileName} in any content folder; one folder must have the phrasebook"));
        }

        // When the rubric itself is broken, check cards against the ids the game scores rather than reporting every criterion twice.
        var criteria = rubric?.Criteria.Select(c => c.Id).ToList() ?? [.. RubricCriterionIds.All];
        var cards = new Dictionary<string, PromptCard>(StringComparer.Ordinal);
        foreach (var folder in present)
        {
            var idsInFolder = new Dictionary<string, ParsedCard>(StringComparer.Ordinal);
            foreach (var file in folder.Cards.OrderBy(f => f.Path, StringComparer.Ordinal))
            {
                var parsed = PromptCardParser.Parse(file.Path, file.Text, criteria, problems);
                if (parsed.Id is null)
                {
                    continue;
                }

                if (idsInFolder.TryGetValue(parsed.Id, out var first))
                {
                    problems.Add(new ContentProblem(file.Path, (int)parsed.IdMark.Line, (int)parsed.IdMark.Column,
                        $"duplicate card id '{parsed.Id}': {first.File}:{first.IdMark.Line}:{first.IdMark.Column} already uses it"));
                    continue;
                }

                idsInFolder[parsed.Id] = parsed;
                if (parsed.Card is not null)
                {
                    cards[parsed.Id] = parsed.Card;
                }
            }
        }

        TriggerPhraseCheck.Report(present, phrasebook, problems);
        if (!problems.Any(p => !p.IsWarning) && cards.Count == 0)
        {
            problems.Add(new ContentProblem(present[^1].Path, 1, 1, $"no cards found; put one .yaml file per card in '{CardsFolderName}/'"));
        }

        var sorted = problems
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Line)
            .ThenBy(p => p.Column)
            .ToList();
        if (sorted.Any(p => !p.IsWarning) || rubric is null || phrasebook is null)
        {
            return new ContentLoadResult(null, sorted);
        }

        var deck = cards.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
        return new ContentLoadResult(new ContentSet(deck, rubric, phrasebook), sorted);
    }

    private static T? LastOf<T>(
        IReadOnlyList<ContentFolder> folders,
        Func<ContentFolder, ContentFile?> pick,
        Func<string, string, List<ContentProblem>, T?> parse,
        List<ContentProblem> problems,
        out ContentFile? chosen)
        where T : class
    {
        // Every folder's file is checked, so a facilitator hears about a broken one even when a later folder overrides it.
        T? result = null;
        chosen = null;
        foreach (var folder in folders)
        {
            var file = pick(folder);
            if (file is null)
            {
                continue;
            }

            result = parse(file.Path, file.Text, problems);
            chosen = file;
        }

        return result;
    }
}
