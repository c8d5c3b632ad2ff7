// One client's view: its compliance per target, the items at risk (counting down), this period's breaches with their
// escalations, the SLA timeline of the item clicked, and the compliance report. Fetches /api/dashboard/clients/{client}
// every few seconds and the clicked item's /api/sla/clocks/{id} with it. Plain DOM, no build step.
(function () {
  'use strict';
  var root = document.getElementById('client');
  if (!root) {
    return;
  }
  var zone = root.dataset.zone;
  var ops = window.CommunityOps;
  var el = ops.el;
  var status = document.getElementById('client-status');
  var selected = null;
  var targetNames = {};

  function percent(value) {
    return value === null || value === undefined ? '–' : Number(value).toFixed(2) + '%';
  }

  function cell(row, text, className) {
    row.appendChild(el('td', text, className));
  }

  function targetRow(target) {
    var row = el('tr', null, 'target');
    row.dataset.target = target.id;
    var name = el('td');
    name.appendChild(el('strong', target.id));
    name.appendChild(el('div', target.name));
    row.appendChild(name);
    var objective = target.objective === null ? 'no objective' : Number(target.objective) + '%';
    cell(row, percent(target.complianceRate) + ' (' + objective + ')', 'compliance ' + (target.result === 'fail'
        ? 'fail' : target.result === 'pass' ? 'pass' : ''));
    cell(row, String(target.met), 'number met');
    cell(row, String(target.breached), 'number breached');
    cell(row, String(target.pending), 'number pending');
    cell(row, String(target.open.running), 'number running');
    cell(row, String(target.open.atRisk), 'number at-risk');
    cell(row, String(target.open.breached), 'number open-breached');
    cell(row, Number(target.creditAmount).toFixed(2), 'number credit');
    return row;
  }

  function taskCell(clock) {
    var task = el('td', null, 'task');
    if (clock.taskId && clock.rawState !== 'MET' && clock.rawState !== 'BREACHED' && clock.rawState !== 'CANCELLED') {
      var link = el('a', ops.taskName(clock));
      link.title = clock.taskDefinitionKey;
      link.href = root.dataset.tasklist + '?task=' + encodeURIComponent(clock.taskId);
      task.appendChild(link);
    }
    else {
      task.textContent = ops.taskName(clock);
    }
    return task;
  }

  function selectable(row, clock) {
    row.className += ' selectable' + (clock.id === selected ? ' selected' : '');
    row.dataset.clock = clock.id;
    row.dataset.instance = clock.processInstanceId;
    row.dataset.target = clock.targetId;
    row.addEventListener('click', function () {
      selected = clock.id;
      Array.prototype.forEach.call(root.querySelectorAll('tr.selected'), function (r) { r.classList.remove('selected'); });
      row.classList.add('selected');
      loadTimeline();
    });
    return row;
  }

  function atRiskRow(clock) {
    var row = el('tr', null, 'clock ' + clock.state);
    row.appendChild(ops.countdown(clock.timeLeft, clock.dueAt));
    cell(row, targetNames[clock.targetId] || clock.targetId, 'target');
    row.appendChild(taskCell(clock));
    cell(row, clock.subject || '–', 'subject');
    cell(row, clock.priority || '–', 'priority');
    cell(row, clock.holder || 'unassigned', 'holder');
    cell(row, ops.dateTime(clock.firstWarningAt, zone), 'warned');
    return selectable(row, clock);
  }

  function escalationText(escalation) {
    if (!escalation) {
      return 'none started';
    }
    if (escalation.state !== 'open' && escalation.state !== 'suspended') {
      return escalation.state + ' ' + ops.dateTime(escalation.endedAt, zone);
    }
    var waiting = escalation.openTasks.map(function (task) {
      return task.name + ' (' + (task.assignee || 'unclaimed') + ')';
    });
    return escalation.state + (waiting.length ? ': ' + waiting.join(', ') : '');
  }

  // The allowance the item was judged by, and each change of its priority with the old and new allowance.
  function allowanceCell(breach) {
    var allowance = el('td', ops.hours(breach.within), 'allowance');
    breach.retargeted.forEach(function (change) {
      var text = (change.breachedAt ? 'priority changed after the breach, ' : 're-targeted ')
          + ops.dateTime(change.at, zone) + ': ' + change.fromPriority + ' ' + ops.hours(change.fromWithin) + ' → '
          + change.toPriority + ' ' + ops.hours(change.toWithin)
          + (change.breachedAt ? '; the breach stands with ' + ops.hours(change.fromWithin) : '');
      allowance.appendChild(el('small', text, 'retarget'));
    });
    return allowance;
  }

  function breachRow(breach) {
    var row = el('tr', null, 'breach ' + (breach.timeLeft ? 'open' : 'stopped'));
    if (breach.timeLeft) {
      row.appendChild(ops.countdown(breach.timeLeft, breach.dueAt, true));
    }
    else {
      cell(row, breach.rawState.toLowerCase() + ' ' + ops.dateTime(breach.stoppedAt, zone), 'left');
    }
    cell(row, ops.dateTime(breach.breachedAt, zone), 'breached-at');
    cell(row, targetNames[breach.targetId] || breach.targetId, 'target');
    row.appendChild(allowanceCell(breach));
    row.appendChild(taskCell(breach));
    cell(row, breach.subject || '–', 'subject');
    var item = el('td');
    var link = el('a', 'Cockpit');
    link.href = root.dataset.cockpit + encodeURIComponent(breach.processInstanceId);
    item.appendChild(link);
    row.appendChild(item);
    var escalation = el('td', escalationText(breach.escalation), 'escalation');
    if (breach.escalation) {
      escalation.dataset.state = breach.escalation.state;
    }
    row.appendChild(escalation);
    return selectable(row, breach);
  }

  function reportLinks(summary) {
    var links = document.getElementById('report-links');
    links.textContent = 'This period (' + summary.period + ', so far): ';
    ['xlsx', 'pdf', 'csv', 'json'].forEach(function (format) {
      var link = el('a', format === 'xlsx' ? 'Excel' : format.toUpperCase(), 'report ' + format);
      link.href = reportUrl(summary.period, format);
      link.download = '';
      links.appendChild(link);
      links.appendChild(document.createTextNode(' '));
    });
  }

  function reportUrl(period, format) {
    return root.dataset.reports + '?client=' + encodeURIComponent(root.dataset.client) + '&period='
        + encodeURIComponent(period) + '&format=' + format;
  }

  function render(view) {
    var summary = view.summary;
    targetNames = {};
    summary.targets.forEach(function (target) { targetNames[target.id] = target.name; });
    document.getElementById('client-name').textContent = summary.name + ' (' + summary.client + ')';
    document.getElementById('client-period').textContent = 'Period ' + summary.period + ' (' + summary.firstDay
        + ' to ' + summary.lastDay + '): compliance so far ' + percent(summary.complianceRate)
        + '; credit exposure ' + Number(summary.creditExposure).toFixed(2) + ' ' + summary.currency
        + (summary.creditCapped ? ' (capped)' : '') + ' of a fee of ' + Number(summary.fee).toFixed(2)
        + ' (figures of ' + ops.time(summary.figuresAsOf, zone) + '; the lists below are live).';
    ops.replaceRows(document.getElementById('targets'), summary.targets.map(targetRow), 'No targets.');
    ops.replaceRows(document.getElementById('at-risk'), view.atRisk.map(atRiskRow), 'Nothing at risk.');
    ops.replaceRows(document.getElementById('breaches'), view.breaches.map(breachRow),
        'No breaches this period.');
    reportLinks(summary);
    status.textContent = 'as of ' + ops.time(view.asOf, zone);
    status.className = '';
    if (selected) {
      loadTimeline();
    }
  }

  // The clicked item's SLA timeline: each entry of its clock's log, and how long each holder held the item.
  function loadTimeline() {
    var id = selected;
    var timelineStatus = document.getElementById('timeline-status');
    ops.getJson(root.dataset.clockApi + encodeURIComponent(id))
      .then(function (clock) {
        if (id === selected) {
          showTimeline(clock);
          timelineStatus.textContent = (targetNames[clock.targetId] || clock.targetId) + ', '
              + ops.taskName(clock) + ': ' + clock.state;
          timelineStatus.className = '';
        }
      })
      .catch(function (error) {
        timelineStatus.textContent = 'not loaded: ' + error.message;
        timelineStatus.className = 'error';
      });
  }

  function showTimeline(clock) {
    var container = document.getElementById('timeline');
    var entries = el('table', null, 'timeline');
    entries.dataset.clock = clock.id;
    var head = el('tr');
    ['When', 'What', 'Held by', 'Detail'].forEach(function (title) { head.appendChild(el('th', title)); });
    entries.appendChild(el('thead')).appendChild(head);
    var body = entries.appendChild(el('tbody'));
    clock.timeline.forEach(function (entry) {
      var row = el('tr', null, 'entry');
      row.dataset.type = entry.type;
      cell(row, ops.dateTime(entry.at, zone), 'at');
      cell(row, entry.type.toLowerCase(), 'type');
      cell(row, entry.holder || '–', 'holder');
      cell(row, entry.detail || '', 'detail');
      body.appendChild(row);
    });
    var held = el('p', 'Held: ' + (clock.heldBy.length === 0 ? 'by nobody yet' : clock.heldBy.map(function (h) {
      return h.holder + ' ' + ops.clockText(ops.millis(h.time));
    }).join(', ')), 'held-by');
    container.replaceChildren(entries, held);
  }

  // Another period's report: fetched, so that a bad period shows the server's explanation here instead of
  // leaving the page; a good one is saved under the server's file name.
  var form = document.getElementById('report-form');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var format = event.submitter ? event.submitter.value : 'xlsx';
    var error = document.getElementById('report-error');
    error.textContent = '';
    fetch(reportUrl(document.getElementById('report-period').value.trim(), format), { credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          return response.json().then(function (problem) {
            throw new Error(problem.detail || problem.title);
          }, function () { throw new Error('the server answered ' + response.status); });
        }
        var disposition = response.headers.get('Content-Disposition') || '';
        var name = /filename="?([^";]+)"?/.exec(disposition);
        return response.blob().then(function (blob) {
          var link = el('a');
          link.href = URL.createObjectURL(blob);
          link.download = name ? name[1] : 'compliance-report.' + format;
          document.body.appendChild(link);
          link.click();
          link.remove();
          window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
        });
      })
      .catch(function (failure) { error.textContent = failure.message; });
  });

  ops.poll(root.dataset.api, status, render);
}());
