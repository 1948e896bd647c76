using Microsoft.Extensions.Logging;
using TeamDrill.Grains.Content;
using TeamDrill.Grains.Players;
using TeamDrill.Grains.Rooms;
using TeamDrill.Shared.Drills;
using TeamDrill.Shared.Leagues;
using TeamDrill.Shared.Protocol;
using TeamDrill.Shared.Ratings;
using TeamDrill.Shared.Scoring;
using TeamDrill.Shared.Text;

namespace TeamDrill.Grains.Leagues;

/// <summary>
/// Holds a league: members, the season's rounds and their drills, ratings. A round is planned by
/// <see cref="SeasonScheduler"/>, its cards chosen by <see cref="CardChooser"/>, its rooms created and
/// started here; rooms report each debrief back one-way; closing the round rates it with
/// <see cref="LeagueRatings"/>. State is persisted before a call answers.
/// </summary>
public sealed partial class LeagueGrain(
    [PersistentState("league", GrainStorageNames.Default)] IPersistentState<LeagueState> store,
    IContentCatalog content,
    TimeProvider time,
    ILogger<LeagueGrain> logger) : Grain, ILeagueGrain
{
    public const int MaxNameLength = 48;
    public const int MaxGroupLength = 24;
    public const int MaxMembers = 200;

    /// <summary>Members of a cancelled room read "This drill was cancelled: " and then this.</summary>
    private const string CancelledRoundReason = "its league round did not start";

    private string Code => this.GetPrimaryKeyString();

    private LeagueState State => store.State;

    public async Task<LeagueView> Create(string actorId, string name)
    {
        if (State.Exists)
        {
            throw new DrillRuleException($"League {Code} already exists.");
        }

        if (!await GrainFactory.GetGrain<IFacilitatorGrain>(actorId).IsFacilitator())
        {
            throw new DrillRuleException("Only a facilitator can create a league: claim the server's facilitator key first (teamdrill league claim KEY).");
        }

        var clean = TextSanitizer.Clean(name).Trim();
        if (clean.Length == 0 || clean.Length > MaxNameLength)
        {
            throw new DrillRuleException($"A league name is 1 to {MaxNameLength} characters long.");
        }

        store.State = new LeagueState
        {
            Code = Code,
            Name = clean,
            FacilitatorId = actorId,
            FacilitatorName = await NameOf(actorId),
            CreatedAt = time.GetUtcNow(),
        };
        await Save(() => store.State = new LeagueState());
        LogLeagueCreated(Code, actorId);
        return View();
    }

    public async Task<LeagueView> Join(string playerId)
    {
        Existing();
        if (playerId == State.FacilitatorId)
        {
            throw new DrillRuleException("You run this league as its facilitator; facilitators don't play in their own league.");
        }

        if (State.Members.Any(m => m.PlayerId == playerId))
        {
            return View();
        }

        if (State.Members.Count >= MaxMembers)
        {
            throw new DrillRuleException($"League {Code} is full ({MaxMembers} members).");
        }

        var member = new LeagueMemberState { PlayerId = playerId, Name = await NameOf(playerId), JoinedAt = time.GetUtcNow() };
        State.Members.Add(member);
        await Save(() => State.Members.Remove(member));
        return View();
    }

    public Task<LeagueView> Get(string playerId)
    {
        RequireReader(playerId);
        return Task.FromResult(View());
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        foreach (var member in State.Members.Where(m => m.AbsentUntilPresent))
        {
            // Stored before presence per round: that kind of absence lasted until marked present.
            member.Presence = LeaguePresence.Away;
            member.AbsentUntilPresent = false;
        }
    }

    public async Task SetPresence(string actorId, string member, string presence)
    {
        Existing();
        var wanted = LeaguePresenceWords.Parse(presence)
            ?? throw new DrillRuleException($"'{TextSanitizer.Clean(presence ?? "")}' is not a presence: use {LeaguePresenceWords.Allowed}.");
        var target = Member(member);
        if (actorId != State.FacilitatorId && actorId != target.PlayerId)
        {
            throw new DrillRuleException("Only the facilitator marks someone else present, absent or away.");
        }

        var before = target.Presence;
        target.Presence = wanted;
        await Save(() => target.Presence = before);
    }

    public async Task SetGroup(string actorId, string member, string group)
    {
        RequireFacilitator(actorId, "put members in groups");
        var target = Member(member);
        var clean = TextSanitizer.Clean(group).Trim();
        if (clean.Length > MaxGroupLength)
        {
            throw new DrillRuleException($"A group name is at most {MaxGroupLength} characters long.");
        }

        var before = target.Group;
        target.Group = clean;
        await Save(() => target.Group = before);
    }

    public async Task<LeagueView> StartSeason(string actorId, int roomSize)
    {
        RequireFacilitator(actorId, "start a season");
        if (roomSize is < RoomSizing.MinimumRoom or > RoomSizing.MaximumRoomSize)
        {
            throw new DrillRuleException($"The room size is {RoomSizing.MinimumRoom} to {RoomSizing.MaximumRoomSize} (4: a customer, an agent and two scorers); {roomSize} is out of range.");
        }

        if (LatestRound() is { Closed: false } open)
        {
            throw new DrillRuleException($"Round {open.Number} is still open: close it before starting a new season.");
        }

        var (season, size, seed) = (State.Season, State.RoomSize, State.SeasonSeed);
        State.Season++;
        State.RoomSize = roomSize;
        State.SeasonSeed = StableSeed($"{Code}/{State.Season}");
        await Save(() => (State.Season, State.RoomSize, State.SeasonSeed) = (season, size, seed));
        return View();
    }

    public async Task<LeagueRoundView> StartRound(string actorId)
    {
        RequireFacilitator(actorId, "start a round");
        var round = PlanRound(PresentForNextRound("starting"));

        // All or nothing: if any room fails to open, or the round fails to save, the rooms opened so far
        // are cancelled and forgotten, so no drill runs that the league does not know about.
        var opened = new List<LeagueDrillState>();
        var step = "";
        try
        {
            for (var i = 0; i < round.Drills.Count; i++)
            {
                await OpenRoom(round.Drills[i], $"drill {i + 1} of {round.Drills.Count}", opened, at => step = at);
            }

            // An absence covers one round: stored with the round, the members absent for it are back for the next.
            step = "saving the round";
            var back = State.Members.Where(m => m.Presence == LeaguePresence.Absent).ToList();
            State.Rounds.Add(round);
            back.ForEach(m => m.Presence = LeaguePresence.Present);
            await Save(() =>
            {
                State.Rounds.Remove(round);
                back.ForEach(m => m.Presence = LeaguePresence.Absent);
            });
        }
        catch (Exception ex)
        {
            LogRoundFailed(ex, Code, State.Season, round.Number, step);
            var notCancelled = await CancelRooms(opened);
            throw new DrillRuleException(
                $"Round {round.Number} did not start: {step} failed ({Reason(ex)}). "
                + Undone(opened.Select(d => d.RoomCode).ToList(), notCancelled)
                + "; the league is unchanged. Start the round again (teamdrill league round start).");
        }

        LogRoundStarted(Code, State.Season, round.Number, round.Drills.Count);
        return await RoundView(round);
    }

    public async Task<LeagueRoundView> GetRound(string playerId, int round)
    {
        RequireReader(playerId);
        var rounds = SeasonRounds().ToList();
        if (rounds.Count == 0)
        {
            throw new DrillRuleException("No round has started yet this season.");
        }

        if (round < 0 || round > rounds.Count)
        {
            throw new DrillRuleException($"There is no round {round} this season; rounds so far: 1 to {rounds.Count}.");
        }

        return await RoundView(round == 0 ? rounds[^1] : rounds[round - 1]);
    }

    public async Task<LeagueRoundView> CloseRound(string actorId)
    {
        RequireFacilitator(actorId, "close a round");
        var round = LatestRound() ?? throw new DrillRuleException("No round has started yet this season.");
        if (round.Closed)
        {
            throw new DrillRuleException($"Round {round.Number} is already closed.");
        }

        var waiting = round.Drills.Where(d => d.Result is null).Select(d => d.RoomCode).ToList();
        if (waiting.Count > 0)
        {
            throw new DrillRuleException(
                $"Round {round.Number} has {waiting.Count} drill{(waiting.Count == 1 ? "" : "s")} not scored yet (room {string.Join(", ", waiting)}): wait for the debrief or close its scoring first.");
        }

        var (agents, cards) = (State.AgentRatings, State.CardRatings);
        var games = round.Drills.Where(d => d.Result!.AgentScore is not null)
            .Select(d => new DrillGame(d.AgentId, d.CardId, d.Result!.AgentScore!.Value)).ToList();
        var rated = LeagueRatings.RatePeriod(LeagueReports.Ratings(State), games);
        var criteria = round.Drills.SelectMany(d => d.Result!.CriterionIds).Distinct(StringComparer.Ordinal).ToList();
        var agreement = PanelAgreement.ForDrills(criteria, round.Drills.Select(d => (IReadOnlyList<RubricSheet>)d.Result!.Sheets));

        State.AgentRatings = rated.Agents.ToDictionary(r => r.Key, r => RatingState.From(r.Value), StringComparer.Ordinal);
        State.CardRatings = rated.Cards.ToDictionary(r => r.Key, r => RatingState.From(r.Value), StringComparer.Ordinal);
        round.Closed = true;
        round.ClosedAt = time.GetUtcNow();
        round.AgreementAlpha = agreement.Ordinal.Alpha;
        round.AgreementReason = agreement.Ordinal.Reason;
        await Save(() =>
        {
            (State.AgentRatings, State.CardRatings) = (agents, cards);
            round.Closed = false;
            round.ClosedAt = null;
        });
        LogRoundClosed(Code, State.Season, round.Number);
        return await RoundView(round);
    }

    public Task<LeagueStandingsView> GetStandings(string playerId)
    {
        RequireReader(playerId);
        var season = LeagueReports.SeasonAgreement(State);
        return Task.FromResult(new LeagueStandingsView
        {
            LeagueCode = Code,
            Season = State.Season,
            RoundsClosed = LeagueReports.ClosedRounds(State).Count(),
            SeasonOrdinalAlpha = DebriefFiguresBuilder.Figure(season.Ordinal),
            SeasonIntervalAlpha = DebriefFiguresBuilder.Figure(season.Interval),
            Tables = new List<LeagueTableView>
            {
                LeagueReports.View("standings", LeagueExports.StandingsTable(LeagueReports.Standings(State))),
                LeagueReports.View("judges", LeagueExports.JudgesTable(LeagueReports.Judges(State))),
                LeagueReports.View("fidelity", LeagueExports.FidelityTable(LeagueReports.Fidelity(State))),
                LeagueReports.View("cards", LeagueReports.CardsTable(State, Titles())),
                LeagueReports.View("profiles", LeagueExports.ProfilesTable(LeagueReports.Profiles(State))),
            },
        });
    }

    public Task<string> Export(string playerId, string what, string format)
    {
        RequireReader(playerId);
        what = (what ?? "").Trim().ToLowerInvariant();
        format = (format ?? "").Trim().ToLowerInvariant();
        if (format == "markdown")
        {
            format = "md";
        }

        if (!LeagueReports.Exportable.Contains(what))
        {
            throw new DrillRuleException($"Export what? '{TextSanitizer.Clean(what)}' is not one of: {string.Join(", ", LeagueReports.Exportable)}.");
        }

        if (!LeagueReports.Formats.Contains(format))
        {
            throw new DrillRuleException($"Export as csv, md or json; '{TextSanitizer.Clean(format)}' is not a format.");
        }

        string text;
        switch (what)
        {
            case "standings":
                var standings = LeagueReports.Standings(State);
                text = LeagueReports.Render(LeagueExports.StandingsTable(standings), format, standings);
                break;
            case "judges":
                var judges = LeagueReports.Judges(State);
                text = LeagueReports.Render(LeagueExports.JudgesTable(judges), format, judges);
                break;
            case "fidelity":
                var fidelity = LeagueReports.Fidelity(State);
                text = LeagueReports.Render(LeagueExports.FidelityTable(fidelity), format, fidelity);
                break;
            case "profiles":
                var profiles = LeagueReports.Profiles(State);
                text = LeagueReports.Render(LeagueExports.ProfilesTable(profiles), format, profiles);
                break;
            case "cards":
                var cards = LeagueReports.CardsTable(State, Titles());
                text = LeagueReports.Render(cards, format, cards.Rows.Select(r => new { card = r[0], title = r[1], rating = r[2], drills = r[3] }).ToList());
                break;
            default:
                var round = LeagueReports.ClosedRounds(State).LastOrDefault()
                    ?? throw new DrillRuleException("No round has been closed yet this season: the calibration report comes with a closed round.");
                var table = LeagueReports.CalibrationTable(State, round);
                text = LeagueReports.Render(table, format, new
                {
                    round = round.Number,
                    agreement = new { ordinalAlpha = round.AgreementAlpha, reason = round.AgreementReason },
                    scorers = table.Rows.Select(r => new { room = r[2], scorerId = r[3], name = r[4], distance = r[5], bias = r[6], leaning = r[7] }).ToList(),
                }, LeagueReports.AgreementLine(round));
                break;
        }

        return Task.FromResult(text);
    }

    public async Task<IReadOnlyList<LeagueAssignmentView>> MyAssignments(string playerId)
    {
        RequireReader(playerId);
        if (LatestRound() is not { } round)
        {
            return new List<LeagueAssignmentView>();
        }

        var view = await RoundView(round);
        return view.Drills
            .Select(d => (Drill: d, Role: d.AgentId == playerId ? DrillRole.Agent
                : d.CustomerId == playerId ? DrillRole.Customer
                : d.ScorerIds.Contains(playerId) ? DrillRole.Scorer : DrillRole.None))
            .Where(x => x.Role != DrillRole.None)
            .Select(x => new LeagueAssignmentView
            {
                LeagueCode = Code,
                LeagueName = State.Name,
                Season = round.Season,
                Round = round.Number,
                RoomCode = x.Drill.RoomCode,
                Role = x.Role,
                AgentName = x.Drill.AgentName,
                CustomerName = x.Drill.CustomerName,
                Status = x.Drill.Status,
            })
            .ToList();
    }

    public async Task RecordDebrief(string roomCode, Debrief debrief)
    {
        if (!State.Exists)
        {
            return;
        }

        var drill = State.Rounds.SelectMany(r => r.Drills).FirstOrDefault(d => d.RoomCode == roomCode);
        if (drill is null || drill.Result is not null)
        {
            // A room this league did not schedule, or a second drill in a league room: not a league result.
            LogDebriefIgnored(Code, roomCode);
            return;
        }

        drill.Result = new LeagueDrillResult
        {
            AgentScore = debrief.Figures?.Score is double score ? Math.Clamp(score / 100.0, 0, 1) : null,
            Consensus = debrief.Consensus.Where(c => c.Consensus is not null)
                .ToDictionary(c => c.CriterionId, c => c.Consensus!.Value, StringComparer.Ordinal),
            Calibration = [.. debrief.Figures?.Calibration ?? []],
            Fidelity = [.. debrief.Fidelity],
            Sheets = [.. debrief.Rubrics],
            CriterionIds = debrief.Rubric.Count > 0 ? debrief.Rubric.Select(c => c.Id).ToList() : debrief.Consensus.Select(c => c.CriterionId).ToList(),
            Outcome = debrief.Outcome,
            EndedAt = debrief.EndedAt,
        };
        await Save(() => drill.Result = null);
    }

    /// <summary>
    /// The members present for the next round, once the refusals that round start and its preview share have
    /// passed: a season, no open round, at least three present. <paramref name="doing"/> says what waits for the open round.
    /// </summary>
    private List<string> PresentForNextRound(string doing)
    {
        if (State.Season == 0)
        {
            throw new DrillRuleException("No season has started yet: start one first (teamdrill league season start).");
        }

        if (LatestRound() is { Closed: false } open)
        {
            throw new DrillRuleException($"Round {open.Number} is still open: close it before {doing} the next (teamdrill league round close).");
        }

        var present = State.Members.Where(m => m.Presence == LeaguePresence.Present).Select(m => m.PlayerId).ToList();
        if (present.Count < RoomSizing.MinimumRoom)
        {
            throw new DrillRuleException(
                $"Only {present.Count} of {State.Members.Count} members are present; a round needs at least {RoomSizing.MinimumRoom}.");
        }

        return present;
    }

    /// <summary>The next round with its rooms, roles and cards, not yet opened or stored. Every card is chosen here, so a refusal changes nothing.</summary>
    private LeagueRoundState PlanRound(IReadOnlyList<string> present)
    {
        var plan = SeasonScheduler.PlanRound(MemberIds(), present, State.RoomSize, SeasonHistory(), State.SeasonSeed);

        var ratings = LeagueReports.Ratings(State);
        var pool = content.Briefs.Select(b => new CardCandidate(b.CardId, b.Criteria, ratings.Card(b.CardId))).ToList();
        var titles = Titles();
        var round = new LeagueRoundState
        {
            Season = State.Season,
            Number = SeasonRounds().Count() + 1,
            AbsentIds = State.Members.Where(m => m.Presence != LeaguePresence.Present).Select(m => m.PlayerId).ToList(),
            StartedAt = time.GetUtcNow(),
        };
        foreach (var scheduled in plan.Drills)
        {
            var had = State.Rounds.SelectMany(r => r.Drills).Where(d => d.AgentId == scheduled.AgentId).Select(d => d.CardId);
            var card = CardChooser.Choose(pool, AgentCardHistory.FromCards(had, pool), ratings.Agent(scheduled.AgentId))
                ?? throw new DrillRuleException($"{LeagueReports.NameOf(State, scheduled.AgentId)} has had every card in the deck: add content before the next round.");
            var drill = ToDrillState(scheduled);
            drill.CardId = card.Id;
            drill.CardTitle = titles.GetValueOrDefault(card.Id, card.Id);
            round.Drills.Add(drill);
        }

        return round;
    }

    /// <summary>
    /// Creates and starts one drill's room and adds it to its people's rooms. The drill goes into
    /// <paramref name="opened"/> as soon as its room exists, and <paramref name="at"/> hears each step,
    /// so a failure can be named and undone.
    /// </summary>
    private async Task OpenRoom(LeagueDrillState drill, string which, List<LeagueDrillState> opened, Action<string> at)
    {
        var members = new[] { (drill.AgentId, DrillRole.Agent), (drill.CustomerId, DrillRole.Customer) }
            .Concat(drill.ScorerIds.Select(s => (s, DrillRole.Scorer)))
            .Select(m => new LeagueRoomMember(m.Item1, LeagueReports.NameOf(State, m.Item1), m.Item2))
            .ToList();
        var setup = new LeagueRoomSetup(Code, State.FacilitatorId, State.FacilitatorName, members);
        for (var attempt = 0; ; attempt++)
        {
            var code = RoomCodes.New(Random.Shared);
            var room = GrainFactory.GetGrain<IRoomGrain>(code);
            at($"creating the room for {which}");
            try
            {
                await room.CreateForLeague(setup);
            }
            catch (DrillRuleException) when (attempt < 5)
            {
                continue; // that code is taken: draw another
            }

            drill.RoomCode = code;
            opened.Add(drill);
            at($"starting {which} in room {code}");
            await room.StartDrill(State.FacilitatorId, drill.CardId);
            at($"adding room {code} ({which}) to its members' rooms");
            foreach (var playerId in RoomPeople(drill))
            {
                await GrainFactory.GetGrain<IPlayerGrain>(playerId).RememberRoom(code);
            }

            return;
        }
    }

    /// <summary>
    /// Undoes <see cref="OpenRoom"/> as far as it got: each room is cancelled and dropped from its
    /// people's rooms. Best effort: returns the rooms it could not cancel, so the facilitator hears of them.
    /// </summary>
    private async Task<List<string>> CancelRooms(IReadOnlyList<LeagueDrillState> opened)
    {
        var failed = new List<string>();
        foreach (var drill in opened)
        {
            try
            {
                await GrainFactory.GetGrain<IRoomGrain>(drill.RoomCode).CancelLeagueRoom(State.FacilitatorId, CancelledRoundReason);
                foreach (var playerId in RoomPeople(drill))
                {
                    await GrainFactory.GetGrain<IPlayerGrain>(playerId).ForgetRoom(drill.RoomCode);
                }
            }
            catch (Exception ex)
            {
                LogCancelFailed(ex, Code, drill.RoomCode);
                failed.Add(drill.RoomCode);
            }
        }

        return failed;
    }

    /// <summary>Everyone who has a league room among their rooms: its players and the facilitator who hosts it.</summary>
    private IEnumerable<string> RoomPeople(LeagueDrillState drill) =>
        new[] { drill.AgentId, drill.CustomerId }.Concat(drill.ScorerIds).Append(State.FacilitatorId);

    /// <summary>A failure's reason as the facilitator reads it: the rule's own words, else the first line of the error.</summary>
    private static string Reason(Exception ex)
    {
        var inner = ex is DrillRuleException ? ex : ex.InnerException as DrillRuleException ?? ex;
        var line = inner.Message.Split('\n', 2)[0].Trim();
        return line.Length <= 200 ? line : line[..200] + "…";
    }

    private static string Undone(IReadOnlyList<string> opened, IReadOnlyList<string> notCancelled) =>
        (opened.Count switch
        {
            0 => "No room had been opened yet",
            1 => $"The room already opened ({opened[0]}) was cancelled",
            _ => $"The {opened.Count} rooms already opened ({string.Join(", ", opened)}) were cancelled",
        })
        + (notCancelled.Count == 0 ? "" : $", except {string.Join(", ", notCancelled)}, which could not be reached");

    private async Task<LeagueRoundView> RoundView(LeagueRoundState round)
    {
        var drills = new List<LeagueDrillView>();
        foreach (var d in round.Drills)
        {
            drills.Add(DrillView(d, await StatusOf(d)));
        }

        return RoundView(round, drills);
    }

    private LeagueRoundView RoundView(LeagueRoundState round, IReadOnlyList<LeagueDrillView> drills) => new()
    {
        LeagueCode = Code,
        Season = round.Season,
        Number = round.Number,
        Closed = round.Closed,
        Drills = drills,
        Absent = round.AbsentIds.Select(a => LeagueReports.NameOf(State, a)).ToList(),
        Agreement = round.Closed ? new AgreementFigure { Alpha = round.AgreementAlpha, Reason = round.AgreementReason } : null,
    };

    private LeagueDrillView DrillView(LeagueDrillState d, string status) => new()
    {
        Room = d.Room,
        RoomCode = d.RoomCode,
        AgentId = d.AgentId,
        AgentName = LeagueReports.NameOf(State, d.AgentId),
        CustomerId = d.CustomerId,
        CustomerName = LeagueReports.NameOf(State, d.CustomerId),
        ScorerIds = d.ScorerIds,
        ScorerNames = d.ScorerIds.Select(s => LeagueReports.NameOf(State, s)).ToList(),
        CardId = d.CardId,
        CardTitle = d.CardTitle,
        Status = status,
        Points = d.Result?.AgentScore is double score ? LeagueTables.Points(score) : null,
    };

    /// <summary>scored once the league has the debrief; otherwise what the room says (call, scoring, lobby).</summary>
    private async Task<string> StatusOf(LeagueDrillState drill)
    {
        if (drill.Result is not null)
        {
            return "scored";
        }

        try
        {
            // The room calls back only one-way, so asking it from here cannot deadlock.
            var snapshot = await GrainFactory.GetGrain<IRoomGrain>(drill.RoomCode).GetSnapshot(State.FacilitatorId);
            return snapshot.Phase switch
            {
                // Started, but nobody has spoken yet: the players have still to turn up.
                DrillPhase.Call when snapshot.Transcript.Count == 0 => "waiting",
                DrillPhase.Call => "call",
                DrillPhase.Scoring => "scoring",
                // The debrief is out but its one-way report has not reached the league yet: scored in a moment.
                DrillPhase.Debrief => "scoring",
                _ => "lobby",
            };
        }
        catch (DrillRuleException)
        {
            return "lobby";
        }
    }

    private LeagueView View() => new()
    {
        Code = Code,
        Name = State.Name,
        FacilitatorId = State.FacilitatorId,
        FacilitatorName = State.FacilitatorName,
        Members = State.Members.Select(m => new LeagueMemberView
        {
            PlayerId = m.PlayerId, Name = m.Name, Group = m.Group, Present = m.Presence == LeaguePresence.Present, Presence = m.Presence,
        }).ToList(),
        Season = State.Season,
        RoomSize = State.RoomSize,
        Rounds = SeasonRounds().Count(),
        RoundOpen = LatestRound() is { Closed: false },
    };

    private IEnumerable<LeagueRoundState> SeasonRounds() => State.Rounds.Where(r => r.Season == State.Season);

    /// <summary>The season's rounds as the scheduler reads them, oldest first.</summary>
    private List<RoundPlan> SeasonHistory() => SeasonRounds().Select(ToPlan).ToList();

    private static RoundPlan ToPlan(LeagueRoundState round) =>
        new(round.Drills.Select(d => new ScheduledDrill(d.Room, d.AgentId, d.CustomerId, d.ScorerIds)).ToList(), []);

    /// <summary>A scheduled drill as the league stores it, before it has a card or a room.</summary>
    private static LeagueDrillState ToDrillState(ScheduledDrill drill) => new()
    {
        Room = drill.Room,
        AgentId = drill.AgentId,
        CustomerId = drill.CustomerId,
        ScorerIds = [.. drill.ScorerIds],
    };

    private List<string> MemberIds() => State.Members.Select(m => m.PlayerId).ToList();

    private LeagueRoundState? LatestRound() => State.Season == 0 ? null : SeasonRounds().LastOrDefault();

    private Dictionary<string, string> Titles() => content.Briefs.ToDictionary(b => b.CardId, b => b.Title, StringComparer.Ordinal);

    private void Existing()
    {
        if (!State.Exists)
        {
            throw new DrillRuleException($"There is no league {Code}. Check the code with your facilitator.");
        }
    }

    private void RequireFacilitator(string actorId, string what)
    {
        Existing();
        if (actorId != State.FacilitatorId)
        {
            throw new DrillRuleException($"Only the league's facilitator can {what}.");
        }
    }

    private void RequireReader(string playerId)
    {
        Existing();
        if (playerId != State.FacilitatorId && State.Members.All(m => m.PlayerId != playerId))
        {
            throw new DrillRuleException($"You are not in league {Code}: join it with its code first.");
        }
    }

    private LeagueMemberState Member(string member)
    {
        var key = (member ?? "").Trim();
        return State.Members.FirstOrDefault(m => m.PlayerId == key)
            ?? State.Members.FirstOrDefault(m => string.Equals(m.Name, key, StringComparison.OrdinalIgnoreCase))
            ?? throw new DrillRuleException($"'{TextSanitizer.Clean(key)}' is not a member of league {Code}.");
    }

    private async Task<string> NameOf(string playerId) => await GrainFactory.GetGrain<IPlayerGrain>(playerId).GetName() ?? playerId;

    /// <summary>Writes the state; when storage refuses, undoes the change in memory so nothing half-done stays.</summary>
    private async Task Save(Action undo)
    {
        try
        {
            await store.WriteStateAsync();
        }
        catch (Exception ex)
        {
            LogWriteFailed(ex, Code);
            undo();
            throw;
        }
    }

    /// <summary>A seed that is the same on every machine and run (string.GetHashCode is not).</summary>
    private static int StableSeed(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7fffffff);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "League {LeagueCode} created by {PlayerId}")]
    private partial void LogLeagueCreated(string leagueCode, string playerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "League {LeagueCode} season {Season} round {Round} started with {Drills} drills")]
    private partial void LogRoundStarted(string leagueCode, int season, int round, int drills);

    [LoggerMessage(Level = LogLevel.Information, Message = "League {LeagueCode} season {Season} round {Round} closed")]
    private partial void LogRoundClosed(string leagueCode, int season, int round);

    [LoggerMessage(Level = LogLevel.Warning, Message = "League {LeagueCode} ignored a debrief from room {RoomCode}")]
    private partial void LogDebriefIgnored(string leagueCode, string roomCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "League {LeagueCode} season {Season} round {Round} did not start: {Step} failed; cancelling the rooms opened")]
    private partial void LogRoundFailed(Exception ex, string leagueCode, int season, int round, string step);

    [LoggerMessage(Level = LogLevel.Error, Message = "League {LeagueCode} could not cancel room {RoomCode} of a round that did not start")]
    private partial void LogCancelFailed(Exception ex, string leagueCode, string roomCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "League {LeagueCode}: writing state failed")]
    private partial void LogWriteFailed(Exception ex, string leagueCode);
}
