// The clocks page: the clock API's answer for the page's filter, refetched every few seconds, with live countdowns
// (common.js), each clock's times in its client's zone (from the client filter's options), and links to the pages
// before and after. Plain DOM, no build step.
(function () {
  'use strict';
  var ops = window.CommunityOps;
  var table = document.getElementById('clocks');
  var status = document.getElementById('clocks-status');
  var zones = {};
  Array.prototype.forEach.call(document.querySelectorAll('#filter-client option[data-zone]'), function (option) {
    zones[option.value] = option.dataset.zone;
  });

  function cell(row, text, className) {
    row.appendChild(ops.el('td', text, className));
  }

  function row(clock) {
    var zone = zones[clock.client];
    var tr = ops.el('tr', null, 'clock ' + clock.state);
    tr.dataset.clock = clock.id;
    tr.dataset.client = clock.client;
    if (clock.timeLeft) {
      tr.appendChild(ops.countdown(clock.timeLeft, clock.dueAt));
    }
    else {
      cell(tr, clock.stoppedAt ? 'stopped ' + ops.dateTime(clock.stoppedAt, zone) : '–', 'left');
    }
    cell(tr, clock.state, 'state');
    cell(tr, clock.client + ' (' + zone + ')', 'client');
    cell(tr, clock.targetId, 'target');
    var task = ops.el('td', null, 'task');
    if (clock.taskId && (clock.rawState === 'RUNNING' || clock.rawState === 'PAUSED')) {
      var link = ops.el('a', ops.taskName(clock));
      link.href = table.dataset.tasklist + '?task=' + encodeURIComponent(clock.taskId);
      task.appendChild(link);
    }
    else {
      task.textContent = ops.taskName(clock);
    }
    tr.appendChild(task);
    cell(tr, clock.priority || '–', 'priority');
    cell(tr, clock.within ? ops.hours(clock.within) : '–', 'allowance');
    cell(tr, ops.dateTime(clock.startedAt, zone), 'started');
    cell(tr, clock.dueAt ? ops.dateTime(clock.dueAt, zone) : '–', 'due');
    cell(tr, clock.holder || '–', 'holder');
    return tr;
  }

  // "Page 2 of 5" with links to the pages before and after, keeping the filter.
  function pages(page) {
    var shown = document.getElementById('clocks-pages');
    var count = Math.max(1, Math.ceil(page.total / page.size));
    shown.textContent = page.total + ' clocks; page ' + (page.page + 1) + ' of ' + count + ' ';
    [['previous', page.page - 1], ['next', page.page + 1]].forEach(function (to) {
      if (to[1] >= 0 && to[1] < count) {
        var params = new URLSearchParams(window.location.search);
        params.set('page', String(to[1]));
        var link = ops.el('a', to[0], 'page ' + to[0]);
        link.href = '?' + params.toString();
        shown.appendChild(link);
        shown.appendChild(document.createTextNode(' '));
      }
    });
  }

  function render(page) {
    ops.replaceRows(table, page.items.map(row), 'No clocks match the filter.');
    pages(page);
    status.textContent = 'updated ' + ops.time(new Date().toISOString());
    status.className = '';
  }

  ops.poll(table.dataset.api, status, render);
}());
