// What the dashboard's scripts share: building elements (all text through textContent), polling a JSON endpoint with
// the page's session every few seconds (reporting failures in a status element), and live countdowns.
//
// Countdowns run from the server's "time left" (an ISO-8601 duration such as PT1H30M or PT-5M) and the moment it
// arrived, so a browser whose clock is off still counts the server's time. Every element with data-deadline (epoch
// millis in the browser's clock) shows the time left to it, updated every second.
window.CommunityOps = (function () {
  'use strict';
  var REFRESH_MILLIS = 5000;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  // A JSON answer fetched with the page's session; a failure is an Error saying what went wrong: the problem's
  // detail when the server sent one (application/problem+json), else the status.
  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.ok) {
          return response.json();
        }
        if (response.status === 401) {
          throw new Error('signed out: reload the page to sign in again');
        }
        return response.json()
          .catch(function () { return {}; })
          .then(function (problem) {
            throw new Error(problem.detail ? problem.detail + ' (' + response.status + ')'
                : 'the server answered ' + response.status);
          });
      });
  }

  // Puts the rows in the table's body, or, when there are none and emptyText is given, one row saying so across
  // every column of the table's head.
  function replaceRows(table, rows, emptyText) {
    var body = el('tbody');
    rows.forEach(function (row) { body.appendChild(row); });
    if (rows.length === 0 && emptyText) {
      var none = el('tr', null, 'empty');
      var text = el('td', emptyText);
      text.colSpan = table.tHead.rows[0].cells.length;
      none.appendChild(text);
      body.appendChild(none);
    }
    table.replaceChild(body, table.tBodies[0]);
  }

  function poll(url, status, render) {
    function refresh() {
      getJson(url)
        .then(render)
        .catch(function (error) {
          status.textContent = 'not updated: ' + error.message;
          status.className = 'error';
        })
        .then(function () { window.setTimeout(refresh, REFRESH_MILLIS); });
    }
    refresh();
  }

  // Java's Duration.toString: PT[nH][nM][n.nS], each part negative for a negative duration.
  function millis(isoDuration) {
    var parts = /^PT(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+(?:\.\d+)?)S)?$/.exec(isoDuration || '');
    if (!parts) {
      return null;
    }
    return ((Number(parts[1] || 0) * 60 + Number(parts[2] || 0)) * 60 + Number(parts[3] || 0)) * 1000;
  }

  // A business duration (ISO-8601) as h:mm, the way the reports write allowances: PT1H30M is 1:30.
  function hours(isoDuration) {
    var minutes = Math.round(millis(isoDuration) / 60000);
    return Math.floor(minutes / 60) + ':' + two(minutes % 60);
  }

  function two(n) {
    return (n < 10 ? '0' : '') + n;
  }

  // 1h 05m 03s; from two days on 3d 04h; negative with a leading minus.
  function clockText(ms) {
    var seconds = Math.round(ms / 1000);
    var sign = seconds < 0 ? '-' : '';
    seconds = Math.abs(seconds);
    var h = Math.floor(seconds / 3600);
    if (h >= 48) {
      return sign + Math.floor(h / 24) + 'd ' + two(h % 24) + 'h';
    }
    return sign + h + 'h ' + two(Math.floor(seconds % 3600 / 60)) + 'm ' + two(seconds % 60) + 's';
  }

  // Task_FirstResponse -> First response; a journey's clock (no task) -> the process, end to end.
  function taskName(clock) {
    if (!clock.taskDefinitionKey) {
      return clock.processDefinitionKey.replace(/Process$/, '').replace(/([a-z])([A-Z])/g, '$1 $2') + ', end to end';
    }
    var words = clock.taskDefinitionKey.replace(/^Task_/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  // A cell counting down the time left to the due time ('paused' when the clock has no due time), or with
  // overdue set, counting up the time since it.
  function countdown(timeLeft, dueAt, overdue) {
    var cell = el('td', null, overdue ? 'left overdue' : 'left');
    if (overdue) {
      cell.dataset.overdue = 'true';
    }
    cell.dataset.due = dueAt || '';
    var left = millis(timeLeft);
    if (left === null) {
      cell.textContent = 'paused';
    }
    else {
      cell.dataset.deadline = String(Date.now() + left);
      cell.textContent = clockText(overdue ? -left : left);
    }
    return cell;
  }

  function tick() {
    Array.prototype.forEach.call(document.querySelectorAll('[data-deadline]'), function (node) {
      var left = Number(node.dataset.deadline) - Date.now();
      node.textContent = clockText(node.dataset.overdue ? -left : left);
    });
  }

  // A moment as the client reads it: in the zone given (an IANA id such as Europe/Berlin, which the page names), or
  // the browser's own zone when none is given.
  function dateTime(iso, zone) {
    if (!iso) {
      return '–';
    }
    var options = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit',
      hourCycle: 'h23' };
    if (zone) {
      options.timeZone = zone;
    }
    return new Date(iso).toLocaleString('en-GB', options);
  }

  // The time of day of a moment, in the zone given (the browser's when none is).
  function time(iso, zone) {
    var options = { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' };
    if (zone) {
      options.timeZone = zone;
    }
    return new Date(iso).toLocaleTimeString('en-GB', options);
  }

  window.setInterval(tick, 1000);
  return { el: el, getJson: getJson, replaceRows: replaceRows, poll: poll, countdown: countdown, millis: millis, clockText: clockText, dateTime: dateTime, time: time,
    taskName: taskName, hours: hours };
}());
