// A moderator's queue on the start page: the open SLA clocks of their clients from /api/sla/clocks (soonest due
// first), refetched every few seconds; the time left counts down every second (common.js). Plain DOM, no build step.
(function () {
  'use strict';
  var table = document.getElementById('queue');
  var status = document.getElementById('queue-status');
  if (!table) {
    return;
  }

  var el = window.CommunityOps.el;

  function row(clock) {
    var tr = el('tr', null, 'clock ' + clock.state);
    tr.dataset.clock = clock.id;
    tr.dataset.client = clock.client;
    tr.appendChild(window.CommunityOps.countdown(clock.timeLeft, clock.dueAt));
    tr.appendChild(el('td', clock.state, 'state'));
    tr.appendChild(el('td', clock.client, 'client'));
    tr.appendChild(el('td', clock.targetId, 'target'));
    var task = el('td');
    if (clock.taskId) {
      var link = el('a', window.CommunityOps.taskName(clock), 'task');
      link.href = table.dataset.tasklist + '?task=' + encodeURIComponent(clock.taskId);
      task.appendChild(link);
    }
    else {
      task.textContent = window.CommunityOps.taskName(clock);
    }
    tr.appendChild(task);
    tr.appendChild(el('td', clock.holder || '–', 'holder'));
    return tr;
  }

  function render(page) {
    window.CommunityOps.replaceRows(table, page.items
      .filter(function (clock) { return clock.rawState === 'RUNNING' || clock.rawState === 'PAUSED'; })
      .map(row));
    status.textContent = 'updated ' + new Date().toLocaleTimeString();
    status.className = '';
  }

  window.CommunityOps.poll(table.dataset.api, status, render);
}());
