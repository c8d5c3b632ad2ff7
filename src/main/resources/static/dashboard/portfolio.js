// The start page's SLA portfolio: fetches /api/dashboard/portfolio (with the page's session) and renders one row per
// client, again every few seconds. Plain DOM, no build step; all text goes in through textContent.
(function () {
  'use strict';
  var table = document.getElementById('portfolio');
  var status = document.getElementById('portfolio-status');
  if (!table) {
    return;
  }

  var ops = window.CommunityOps;
  var el = ops.el;

  function percent(value) {
    return value === null || value === undefined ? '–' : Number(value).toFixed(2) + '%';
  }

  function money(amount, currency) {
    return Number(amount).toFixed(2) + ' ' + currency;
  }

  function targetItem(target) {
    var item = el('li', null, 'target');
    item.dataset.target = target.id;
    item.title = target.name;
    var objective = target.objective === null ? 'no objective' : Number(target.objective) + '%';
    item.appendChild(el('span', target.id + ': '));
    item.appendChild(el('span', percent(target.complianceRate), target.result === 'fail' ? 'fail'
        : target.result === 'pass' ? 'pass' : ''));
    item.appendChild(el('span', ' (' + objective + ')'));
    return item;
  }

  function sum(targets, pick) {
    return targets.reduce(function (total, target) { return total + pick(target); }, 0);
  }

  function clientRow(client) {
    var row = el('tr', null, 'client');
    row.dataset.client = client.client;
    var name = el('td');
    if (table.dataset.clientView) {
      var view = el('a', client.client, 'client-view');
      view.href = table.dataset.clientView + encodeURIComponent(client.client);
      name.appendChild(el('strong')).appendChild(view);
    }
    else {
      name.appendChild(el('strong', client.client));
    }
    name.appendChild(el('div', client.name));
    row.appendChild(name);
    var period = el('td', null, 'period-cell');
    period.appendChild(el('span', client.period, 'period'));
    period.appendChild(el('div', 'figures of ' + ops.time(client.figuresAsOf, client.zone) + ' (' + client.zone + ')',
      'figures-as-of'));
    row.appendChild(period);
    var compliance = el('td');
    var list = el('ul', null, 'targets');
    client.targets.forEach(function (target) { list.appendChild(targetItem(target)); });
    compliance.appendChild(list);
    row.appendChild(compliance);
    row.appendChild(el('td', String(client.open.running), 'number running'));
    row.appendChild(el('td', String(client.open.atRisk), 'number at-risk'));
    row.appendChild(el('td', String(sum(client.targets, function (t) { return t.breached; })), 'number breached'));
    row.appendChild(el('td', money(client.creditExposure, client.currency) + (client.creditCapped ? ' (cap)' : ''),
        'number exposure'));
    var reports = el('td');
    ['xlsx', 'pdf', 'csv'].forEach(function (format) {
      var link = el('a', format, 'report ' + format);
      link.href = table.dataset.reports + '?client=' + encodeURIComponent(client.client) + '&period='
          + encodeURIComponent(client.period) + '&format=' + format;
      link.download = '';
      reports.appendChild(link);
      reports.appendChild(document.createTextNode(' '));
    });
    row.appendChild(reports);
    return row;
  }

  var shown = null;

  function render(view) {
    status.textContent = 'as of ' + new Date(view.asOf).toLocaleTimeString();
    status.className = '';
    var figures = JSON.stringify(view.clients);
    if (figures === shown) {
      return; // unchanged: keep the rows, and whatever the reader selected in them
    }
    shown = figures;
    window.CommunityOps.replaceRows(table, view.clients.map(clientRow), 'No clients in your portfolio.');
  }

  window.CommunityOps.poll(table.dataset.api, status, render);
}());
