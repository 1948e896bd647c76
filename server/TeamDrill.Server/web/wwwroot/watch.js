// The projector page: watches one room over the hub with the link's key, read-only. Every push makes it
// ask for the room again (WatchRoom), so the page always shows one consistent snapshot.
'use strict';
(() => {
  const $ = id => document.getElementById(id);
  const code = decodeURIComponent(location.pathname.split('/')[2] || '').toUpperCase();
  const key = new URLSearchParams(location.search).get('key') || '';
  let room = null;
  let stopped = false;
  let fetching = false;
  let again = false;

  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hub', { accessTokenFactory: () => `watch.${code}.${key}` })
    .withHubProtocol(new signalR.protocols.msgpack.MessagePackHubProtocol())
    .withAutomaticReconnect({
      nextRetryDelayInMilliseconds: ctx => {
        if (stopped) return null;
        checkLink();
        return Math.min(10000, 1000 * (ctx.previousRetryCount + 1));
      },
    })
    .configureLogging(signalR.LogLevel.None)
    .build();

  connection.on('ReceiveEvents', (_room, events) => {
    if (stopped) return;
    if (events.some(WatchView.isLinkClosed)) {
      stop('The host revoked this projector link: this page no longer updates.');
      return;
    }
    refresh();
  });
  connection.onreconnecting(() => showStatus('Connection lost: reconnecting…'));
  connection.onreconnected(() => { showStatus(''); refresh(); });

  // While reconnecting, ask the page itself whether the link still works: a revoked link answers 403.
  async function checkLink() {
    try {
      const response = await fetch(location.href, { cache: 'no-store' });
      if (response.status === 403) stop('This projector link was revoked: ask the host for a new one.');
    } catch {
      // The server is down: the next retry asks again.
    }
  }

  function showStatus(text) {
    $('status').textContent = text;
    $('status').hidden = text.length === 0;
  }

  function stop(text) {
    stopped = true;
    document.body.classList.add('stopped');
    document.body.dataset.state = 'stopped';
    showStatus(text);
    $('clock').textContent = '';
    connection.stop();
  }

  async function refresh() {
    if (fetching) { again = true; return; }
    fetching = true;
    try {
      do {
        again = false;
        room = WatchView.snapshot(await connection.invoke('WatchRoom', code));
        render();
      } while (again && !stopped);
    } catch (error) {
      const text = String(error && error.message || error);
      if (text.includes('revoked or mistyped')) stop('This projector link was revoked: ask the host for a new one.');
      else showStatus('Could not read the room: ' + text.replace(/^.*HubException: /, ''));
    } finally {
      fetching = false;
    }
  }

  function text(el, value) { el.textContent = value; return el; }
  function item(tag, className, value) { const el = document.createElement(tag); if (className) el.className = className; if (value !== undefined) el.textContent = value; return el; }

  function render() {
    if (stopped || !room) return;
    const phase = WatchView.phaseName(room.phase);
    document.body.dataset.state = 'live';
    document.body.dataset.phase = phase.toLowerCase();
    text($('room'), 'Room ' + room.code + (room.drillNumber > 0 ? ' · drill ' + room.drillNumber : ''));
    text($('phase'), room.cancelled ? 'Cancelled' : phase + (room.paused ? ' (paused)' : ''));
    $('phase').dataset.phase = phase.toLowerCase();
    renderMembers();
    const inDrill = room.phase === 1 || room.phase === 2;
    $('anger-box').hidden = !inDrill;
    $('lobby').hidden = room.phase !== 0;
    $('call').hidden = !inDrill;
    $('debrief').hidden = room.phase !== 3;
    if (room.phase === 0) renderLobby();
    if (inDrill) renderCall();
    if (room.phase === 3) renderDebrief();
    tick();
  }

  function renderMembers() {
    const list = $('members');
    list.replaceChildren(...room.members.map(m => {
      const li = item('li', null, m.name);
      li.appendChild(item('span', 'role', WatchView.roleName(m.role) + (m.isHost ? ', host' : '')));
      return li;
    }));
  }

  function renderLobby() {
    text($('join-address'), location.origin + '/');
    text($('join-code'), room.code);
    text($('lobby-note'), room.cancelled || (room.members.length + ' in the room. The host gives roles and starts the drill.'));
  }

  function renderCall() {
    const anger = room.anger ?? 0;
    $('anger-fill').style.width = (anger * 10) + '%';
    text($('anger'), anger + ' / 10');
    const brief = room.brief;
    text($('call-title'), brief ? brief.title + ' · ' + brief.customerName : 'The call');
    const scorers = room.members.filter(m => m.role === 3).length;
    text($('call-note'), room.phase === 2
      ? 'Call ended (' + WatchView.outcomeName(room.outcome) + '). Scorers are scoring: ' + room.submitted + ' of ' + scorers + ' submitted.'
      : 'On the call now.');
    // Only the latest lines: the list is bottom-aligned and clipped at the top.
    $('transcript').replaceChildren(...room.transcript.slice(-30).map(m => {
      const li = item('li', WatchView.roleName(m.role));
      li.appendChild(item('span', 'who', m.senderName + ':'));
      li.appendChild(document.createTextNode(m.text));
      return li;
    }));
  }

  function renderDebrief() {
    const d = room.debrief;
    if (!d) return;
    text($('debrief-title'), 'Debrief of drill ' + d.drillNumber + ': ' + WatchView.outcomeName(d.outcome));
    const score = d.figures && d.figures.score != null ? Math.round(d.figures.score) + ' / 100' : 'not scored';
    text($('score'), 'Score: ' + score);
    const a = d.figures && d.figures.ordinal;
    text($('agreement'), 'Agreement (α): ' + (a && a.alpha != null ? a.alpha.toFixed(2) : (a && a.reason ? a.reason : 'not enough data')));
    $('consensus').replaceChildren(...d.consensus.map(c => {
      const li = item('li', null);
      li.appendChild(item('span', 'name', c.name));
      const bar = item('span', 'bar');
      const fill = item('span', null);
      fill.style.width = (c.value == null ? 0 : (c.value / 5) * 100) + '%';
      bar.appendChild(fill);
      li.appendChild(bar);
      li.appendChild(item('span', 'value', c.value == null ? 'N/A' : c.value.toFixed(1)));
      return li;
    }));
    drawCurve(d.angerCurve);
  }

  function drawCurve(points) {
    const svg = $('anger-curve');
    const ns = 'http://www.w3.org/2000/svg';
    const parts = [];
    for (let level = 0; level <= 10; level += 5) {
      const grid = document.createElementNS(ns, 'line');
      const y = 200 - level * 20;
      grid.setAttribute('x1', '0'); grid.setAttribute('x2', '400'); grid.setAttribute('y1', y); grid.setAttribute('y2', y);
      parts.push(grid);
    }
    const line = document.createElementNS(ns, 'polyline');
    const last = Math.max(1, points.length - 1);
    line.setAttribute('points', points.map((p, i) => `${(i / last) * 400},${200 - p.level * 20}`).join(' '));
    parts.push(line);
    svg.replaceChildren(...parts);
    svg.dataset.points = String(points.length);
  }

  function tick() {
    if (stopped || !room) return;
    const end = room.phase === 1 ? room.callEndsAt : room.phase === 2 ? room.scoringEndsAt : null;
    if (end == null || room.paused) { text($('clock'), room.paused ? 'paused' : ''); return; }
    const left = Math.max(0, Math.round((end - Date.now()) / 1000));
    text($('clock'), Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0'));
  }

  setInterval(tick, 1000);
  text($('room'), 'Room ' + code);
  connection.start()
    .then(refresh)
    .catch(() => stop('This projector link was revoked or mistyped: ask the host for a new one.'));
})();
