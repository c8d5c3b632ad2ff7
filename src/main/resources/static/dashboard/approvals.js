// A client user's open approvals on the start page: the tasks waiting on their team, soonest due first, each with
// the time left counting down and a link into Tasklist, from /api/dashboard/approvals every few seconds; times in
// the client's zone, which the page names (data-zone).
(function () {
  'use strict';
  var table = document.getElementById('approvals');
  var status = document.getElementById('approvals-status');
  if (!table) {
    return;
  }
  var ops = window.CommunityOps;
  var el = ops.el;

  function row(approval) {
    var tr = el('tr', null, 'approval');
    tr.dataset.task = approval.taskId;
    tr.dataset.client = approval.client;
    if (approval.due) {
      tr.appendChild(ops.countdown(approval.timeLeft, approval.due));
    }
    else {
      tr.appendChild(el('td', 'no due time', 'left'));
    }
    var task = el('td');
    var link = el('a', approval.name, 'task');
    link.href = table.dataset.tasklist + '?task=' + encodeURIComponent(approval.taskId);
    task.appendChild(link);
    tr.appendChild(task);
    tr.appendChild(el('td', approval.subject || '–', 'subject'));
    tr.appendChild(el('td', ops.dateTime(approval.created, table.dataset.zone), 'created'));
    tr.appendChild(el('td', approval.assignee || 'nobody yet', 'assignee'));
    return tr;
  }

  function render(approvals) {
    ops.replaceRows(table, approvals.map(row), 'Nothing waits on you.');
    status.textContent = 'updated ' + new Date().toLocaleTimeString();
    status.className = '';
  }

  ops.poll(table.dataset.api, status, render);
}());
