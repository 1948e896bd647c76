// Reads the hub's MessagePack answers. Integer keys arrive as arrays, so each DTO is read by the position
// its [Key(n)] gives it in shared/TeamDrill.Shared/Protocol (Views.cs). Only what the projector shows is read.
'use strict';
const WatchView = (() => {
  const phases = ['Lobby', 'Call', 'Scoring', 'Debrief'];
  const roles = ['watching', 'customer', 'agent', 'scorer'];
  const outcomes = ['', 'resolved', 'escalated to a supervisor', 'customer hung up', 'timed out', 'ended by the host'];

  // A DateTimeOffset is [timestamp, offset minutes]; the timestamp arrives as a Date.
  const time = v => {
    const at = Array.isArray(v) ? v[0] : v;
    return at instanceof Date ? at.getTime() : (typeof at === 'number' ? at : null);
  };
  const list = v => (Array.isArray(v) ? v : []);
  const member = a => ({ playerId: a[0], name: a[1], role: a[2], isHost: a[3] });
  const brief = a => (a ? { title: a[1], customerName: a[3] } : null);
  const message = a => ({ number: a[0], senderName: a[2], role: a[3], text: a[4] });
  const point = a => ({ level: a[1], afterMessage: a[2] });
  const consensus = a => ({ id: a[0], name: a[1], value: a[2], scored: a[3] });
  const alpha = a => (a ? { alpha: a[0], reason: a[1] } : null);
  const figures = a => (a ? { score: a[0], ordinal: alpha(a[2]), interval: alpha(a[3]) } : null);
  const debrief = a => (a ? {
    drillNumber: a[1], outcome: a[4], angerCurve: list(a[8]).map(point), consensus: list(a[10]).map(consensus),
    overall: a[11], closedEarly: a[13], figures: figures(a[17]),
  } : null);

  const snapshot = a => ({
    code: a[0], seq: a[1], phase: a[3], members: list(a[4]).map(member), drillNumber: a[5], brief: brief(a[6]),
    transcript: list(a[8]).map(message), anger: a[9], callEndsAt: time(a[10]), outcome: a[11],
    submitted: list(a[12]).length, debrief: debrief(a[15]), scoringEndsAt: time(a[20]), paused: a[22], cancelled: a[23] || '',
  });

  return {
    snapshot,
    phaseName: p => phases[p] ?? String(p),
    roleName: r => roles[r] ?? 'watching',
    outcomeName: o => outcomes[o] ?? '',
    // A pushed event is [union tag, fields]; 28 is WatchLinkClosed.
    isLinkClosed: e => Array.isArray(e) && e[0] === 28,
  };
})();
