using Haven.Domain.Events;

namespace Haven.Domain.Tests.Events;

/// <summary>The hash chain's canonical form and its checks, worked through by hand.</summary>
public sealed class EventChainTests
{
    private static CaseEvent Event(string summary = "Address added: 4 Mill Lane") => new()
    {
        PersonId = Guid.Parse("5f0c6b1e-1d2a-4c8e-9a51-3c2f1e0d9b7a"),
        Type = CaseEventTypes.AddressAdded,
        // 100-nanosecond ticks beyond the microsecond: PostgreSQL would drop them, so the chain drops them first.
        OccurredAtUtc = new DateTime(2026, 11, 25, 10, 30, 0, DateTimeKind.Utc).AddTicks(1_234_567),
        ActorUserId = "user-1",
        ActorName = "Zoë Ørsted",
        Summary = summary,
        Changes = [new FieldChange("Address", null, "4 Mill Lane\nLeeds")],
    };

    [Fact]
    public void The_canonical_form_and_hash_are_fixed_so_both_databases_and_later_versions_agree()
    {
        var e = Event();
        EventChain.Append(e, 0, EventChain.Start);

        Assert.Equal(new DateTime(2026, 11, 25, 10, 30, 0, 123, 456, DateTimeKind.Utc), e.OccurredAtUtc);
        Assert.Equal((1L, new string('0', 64)), (e.Sequence, e.PreviousHash));
        // Lengths are UTF-8 bytes ("Zoë Ørsted" is 12), null is "-", the instant is UTC to the microsecond.
        Assert.Equal(
            "11:case_events\n1:1\n64:" + new string('0', 64) + "\n36:5f0c6b1e-1d2a-4c8e-9a51-3c2f1e0d9b7a\n12:AddressAdded\n"
            + "27:2026-11-25T10:30:00.123456Z\n6:user-1\n12:Zoë Ørsted\n-\n26:Address added: 4 Mill Lane\n1:1\n7:Address\n-\n17:4 Mill Lane\nLeeds\n",
            EventChain.Canonical(e));
        Assert.Equal("a722e4d540af42676f53232fc6f5e1d3b378c35274a5a141d42b1e1a443c600d", e.Hash);
    }

    [Fact]
    public void A_whole_chain_passes_and_the_first_altered_missing_or_truncated_event_is_named()
    {
        var chain = new List<CaseEvent>();
        foreach (var summary in new[] { "one", "two", "three" })
        {
            var e = Event(summary);
            EventChain.Append(e, chain.Count, chain.Count == 0 ? EventChain.Start : chain[^1].Hash);
            chain.Add(e);
        }

        Assert.Null(Check(chain, 3, chain[^1].Hash));

        chain[1].Summary = "altered";
        Assert.Equal("case_events: event 2 (altered) was altered after it was written", Check(chain, 3, chain[^1].Hash));
        chain[1].Summary = "two";

        Assert.Equal("case_events: event 2 is missing (the next event found is 3, three)", Check([chain[0], chain[2]], 3, chain[^1].Hash));
        Assert.Equal("case_events: events 3 to 3 are missing (removed from the end)", Check(chain[..2], 3, chain[^1].Hash));

        // A forged event that takes the removed one's place, hashed properly, still does not link to what follows.
        var forged = Event("forged");
        EventChain.Append(forged, 1, chain[0].Hash);
        Assert.Equal("case_events: event 3 (three) does not follow event 2: an event before it was altered, removed or inserted",
            Check([chain[0], forged, chain[2]], 3, chain[^1].Hash));

        static string? Check(IEnumerable<CaseEvent> events, long headSequence, string headHash)
        {
            var check = new ChainCheck(CaseEvent.Chain);
            foreach (var e in events)
            {
                check.Next(e, e.Summary);
            }
            check.End(headSequence, headHash);
            return check.Problem;
        }
    }
}
