// CommunityOps: the Tasklist lists the most urgent work first. Camunda's Tasklist sorts a queue by creation date
// unless its address says otherwise (parameter `sorting`); wherever the address says nothing, this puts the SLA due
// date, soonest first, so overdue tasks are on top. A moderator who picks another order keeps it.
const SLA_ORDER = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);

function withSlaOrder() {
  const hash = window.location.hash || '#/';
  const at = hash.indexOf('?');
  const path = at >= 0 ? hash.substring(0, at) : hash;
  const params = new URLSearchParams(at >= 0 ? hash.substring(at + 1) : '');
  if (params.has('sorting') || !path.startsWith('#/')) {
    return;
  }
  params.set('sorting', SLA_ORDER);
  window.history.replaceState(window.history.state, '', path + '?' + params.toString());
}

// Registered before the Tasklist starts, so these run before its own: a new address arrives as popstate, then
// hashchange, and the Tasklist reads it at the first of them.
withSlaOrder();
window.addEventListener('popstate', withSlaOrder);
window.addEventListener('hashchange', withSlaOrder);

export default [];
