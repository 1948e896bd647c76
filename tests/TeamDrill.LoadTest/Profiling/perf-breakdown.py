#!/usr/bin/env python3
"""Where the server's CPU goes, from `perf script` output of a `perf record -g` of the server.

Each sample is given to the first category (in the order below) that any frame of its stack matches,
so the shares add up to 100 %. Usage: perf script -i FILE | python3 perf-breakdown.py [MS_PER_MESSAGE]
Given the server CPU per message the load tool measured (ms), it also prints each category's share
of it in microseconds.
"""
import re
import sys

CATEGORIES = [
    ("GC", r"^\.NET (BGC|Server GC|GC)|gc_heap|GCHeap|WKS::|SVR::"),
    ("storage: SQLite, grain storage, journal, disk", r"Microsoft\.Data\.Sqlite|libe_sqlite3|SQLitePCL|RelationalGrainStorage|StateTable|TeamDrill\.Grains\.Journal|ext4_|jbd2|fsync|blk_|nvme|virtio_blk|iomap_|filemap_|generic_perform_write"),
    ("room rules (Room, transitions, text cleaning, coach)", r"TeamDrill\.Shared\.Drills\.|TeamDrill\.Shared\.Text\.|TeamDrill\.Shared\.Content\.Phrase|CoachHint"),
    ("fan-out: routing, per-connection queues, serialization to clients", r"OutboundSender|RoomEventRouter|EdgeConnection|ConnectionRegistry|RoomFollowers|OutboundBatch|DeliveryView|HubConnectionContext::Write|SerializedHubMessage|MessagePackHubProtocol::Write|HubProtocolExtensions|DefaultHubLifetimeManager|TypedClientBuilder|IDrillClient"),
    ("hub: receiving and dispatching calls", r"DefaultHubDispatcher|HubDispatcher|DrillHub|HubGuardFilter|HubConnectionHandler|MessagePackHubProtocol::TryParse|MessagePackHubProtocol::Parse|CallBudget|RateLimit"),
    ("Orleans: grain calls, observers, messaging", r"Orleans\."),
    ("MessagePack (other)", r"MessagePack\."),
    ("sockets and WebSockets (kernel TCP, Kestrel transport)", r"Kestrel|System\.Net\.Sockets|System\.Net\.WebSockets|System\.IO\.Pipelines|tcp_|sock_|__sys_send|__sys_recv|sendto|recvfrom|epoll|ip_output|ip_rcv|__netif|net_rx|skb"),
    ("thread pool, timers and context switches", r"sched_yield|finish_task_switch|__schedule|schedule\b|ThreadPool|LowLevelLifoSemaphore|LowLevelSpinWaiter|futex|TimerQueue|Thread::|SpinWait|WaitHandle|Monitor"),
    ("logging and metrics", r"Microsoft\.Extensions\.Logging|System\.Diagnostics\.Metrics|EventSource"),
]
COMPILED = [(name, re.compile(pattern)) for name, pattern in CATEGORIES]

# Cross-cutting costs, counted wherever they happen (a sample can count in several of these).
INCLUSIVE = [
    ("serialization (MessagePack, any purpose)", r"MessagePack"),
    ("serialization to clients (SignalR protocol)", r"MessagePackHubProtocol[A-Za-z]*::Write|SerializedHubMessage::GetSerializedMessage"),
    ("serialization at rest (room state or journal)", r"(RoomStore::Entry|RoomStore\+<AppendAsync>|GrainStateSerializer|RelationalGrainStorage)[^\n]*\n?[^\n]*MessagePack|MessagePack[^\n]*\n(?:[^\n]*\n){0,12}[^\n]*(RoomStore|GrainStateSerializer|RelationalGrainStorage)"),
    ("JIT compiling (tiered compilation thread)", r"^\.NET Tiered Com"),
    ("kernel (any)", r"\[kernel\.kallsyms\]"),
]
COMPILED_INCLUSIVE = [(name, re.compile(pattern, re.M)) for name, pattern in INCLUSIVE]


def samples(lines):
    header, frames = None, []
    for line in lines:
        line = line.rstrip("\n")
        if not line:
            if header is not None:
                yield header, frames
            header, frames = None, []
        elif header is None:
            header = line
        else:
            frames.append(line.strip())
    if header is not None:
        yield header, frames


def main():
    per_message_ms = float(sys.argv[1]) if len(sys.argv) > 1 else None
    counts, inclusive, total = {}, {}, 0
    for header, frames in samples(sys.stdin):
        total += 1
        thread = header.split("  ")[0]
        text = thread + "\n" + "\n".join(frames)
        name = next((n for n, rx in COMPILED if rx.search(text)), "other (runtime, JIT, unresolved native)")
        counts[name] = counts.get(name, 0) + 1
        for label, rx in COMPILED_INCLUSIVE:
            if rx.search(text):
                inclusive[label] = inclusive.get(label, 0) + 1
    print(f"{total} samples")
    for name, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        share = 100.0 * count / total
        micros = f"  {share * per_message_ms * 10:6.0f} us/message" if per_message_ms else ""
        print(f"{share:6.1f} %{micros}  {name}")
    print("across those (a sample may count in several):")
    for label, _ in INCLUSIVE:
        share = 100.0 * inclusive.get(label, 0) / total
        micros = f"  {share * per_message_ms * 10:6.0f} us/message" if per_message_ms else ""
        print(f"{share:6.1f} %{micros}  {label}")


if __name__ == "__main__":
    main()
