// A moderator's queue on the start page: the open SLA clocks of their clients from /api/sla/clocks (soonest due
// first), refetched every few seconds; the time left counts down every second. Plain DOM, no build step.
(function () {
  'use strict';
  var table = document.getElementById('queue');
  var status = document.getElementById('queue-status');
  if (!table) {
    return;
  }

  var el = window.CommunityOps.el;

  function left(dueAt) {
    if (!dueAt) {
      return 'paused';
    }
    var seconds = Math.round((Date.parse(dueAt) - Date.now()) / 1000);
    var sign = seconds < 0 ? '-' : '';
    seconds = Math.abs(seconds);
    var h = Math.floor(seconds / 3600);
    var m = Math.floor(seconds % 3600 / 60);
    var s = seconds % 60;
    return sign + h + 'h ' + (m < 10 ? '0' : '') + m + 'm ' + (s < 10 ? '0' : '') + s + 's';
  }

  function row(clock) {
    var tr = el('tr', null, 'clock ' + clock.state);
    tr.dataset.clock = clock.id;
    tr.dataset.client = clock.client;
    var countdown = el('td', left(clock.dueAt), 'left');
    countdown.dataset.due = clock.dueAt || '';
    tr.appendChild(countdown);
    tr.appendChild(el('td', clock.state, 'state'));
    tr.appendChild(el('td', clock.client, 'client'));
    tr.appendChild(el('td', clock.targetId, 'target'));
    var task = el('td');
    if (clock.taskId) {
      var link = el('a', clock.taskDefinitionKey || clock.taskId, 'task');
      link.href = table.dataset.tasklist + '?task=' + encodeURIComponent(clock.taskId);
      task.appendChild(link);
    }
    else {
      task.textContent = clock.processDefinitionKey + ' (journey)';
    }
    tr.appendChild(task);
    tr.appendChild(el('td', clock.holder || '–', 'holder'));
    return tr;
  }

  function render(page) {
    var body = el('tbody');
    page.items.filter(function (clock) { return clock.rawState === 'RUNNING' || clock.rawState === 'PAUSED'; })
      .forEach(function (clock) { body.appendChild(row(clock)); });
    table.replaceChild(body, table.tBodies[0]);
    status.textContent = 'updated ' + new Date().toLocaleTimeString();
    status.className = '';
  }

  function tick() {
    Array.prototype.forEach.call(table.querySelectorAll('td.left'), function (cell) {
      if (cell.dataset.due) {
        cell.textContent = left(cell.dataset.due);
      }
    });
  }

  window.setInterval(tick, 1000);
  window.CommunityOps.poll(table.dataset.api, status, render);
}());
