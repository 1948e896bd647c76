using TeamDrill.Client.Session;
using TeamDrill.Client.Tui.Screens;
using TeamDrill.Shared.Protocol;

namespace TeamDrill.Client.Tui;

/// <summary>The drill screen for my role in a room, its intents wired to hub calls on that room.</summary>
public sealed class DrillScreens(TuiSettings settings, HubCalls calls)
{
    public static Type ScreenTypeFor(DrillRole role) => role switch
    {
        DrillRole.Customer => typeof(CustomerScreen),
        DrillRole.Agent => typeof(AgentScreen),
        _ => typeof(ScorerScreen),
    };

    /// <summary>A new screen for <paramref name="state"/>'s room and my role in it; Esc on it raises <paramref name="back"/>.</summary>
    public DrillScreenBase Create(SeenRoom state, Action back)
    {
        var code = state.Code;
        DrillScreenBase screen;
        switch (state.MyRole)
        {
            case DrillRole.Customer:
                var customer = new CustomerScreen(settings.Palette);
                customer.MessageSent += (_, text) => calls.Run(hub => hub.SendMessage(code, text, ActionIds.New()));
                customer.AngerChangeRequested += (_, level) => calls.Run(hub => hub.SetAnger(code, level, ActionIds.New()));
                customer.EndCallRequested += (_, outcome) => calls.Run(hub => hub.EndCall(code, outcome, ActionIds.New()));
                screen = customer;
                break;
            case DrillRole.Agent:
                // Asked on every keystroke: the phrasebook may still be loading when the drill starts.
                var agent = new AgentScreen(settings.Palette, settings.Time, text => settings.Phrasebook()?.Match(text) ?? []);
                agent.MessageSent += (_, text) => calls.Run(hub => hub.SendMessage(code, text, ActionIds.New()));
                agent.ReflectionSubmitted += (_, parts) =>
                    calls.Run(hub => hub.SubmitReflectionParts(code, parts.WhatWorked, parts.DoDifferently, ActionIds.New()));
                screen = agent;
                break;
            default:
                var scorer = new ScorerScreen(settings.Palette);
                scorer.TagRequested += (_, tag) =>
                    calls.Run(hub => hub.TagMessage(code, tag.MessageNumber, tag.Technique, tag.Polarity, ActionIds.New()));
                scorer.SupportSubmitted += (_, text) =>
                    calls.Run(hub => hub.SubmitSupport(code, text, ActionIds.New()), "Line of support saved ✔ (shown with your name in the debrief)");
                scorer.RubricSubmitted += (_, scores) =>
                    calls.Run(hub => hub.SubmitRubric(code, scores, ActionIds.New()), "Rubric submitted ✔ (scores stay hidden until the debrief)");
                screen = scorer;
                break;
        }

        screen.CloseScoringRequested += (_, _) =>
            calls.Run(hub => hub.CloseScoring(code, ActionIds.New()), "Scoring closed: the debrief is being published");
        screen.BackRequested += (_, _) => back();
        return screen;
    }
}
