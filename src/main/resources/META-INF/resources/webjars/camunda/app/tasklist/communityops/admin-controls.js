// CommunityOps: only administrators change a task's due or follow-up date, its groups or its assignee, or create a
// task of no process; the engine API refuses anyone else (docs/security.md, "Engine API"). Tasklist offers those
// controls to every user, so a moderator could click them and meet a 403. This leaves them to administrators: the
// controls are hidden, or shown read-only, unless the signed-in user may open the Admin webapp. Claim, unclaim,
// comments and forms stay as they are for everyone.
const ADMIN = 'communityops-admin';

const STYLE = `
html:not(.${ADMIN}) .reset-due-date,
html:not(.${ADMIN}) .reset-follow-up-date,
html:not(.${ADMIN}) .due-date > a,
html:not(.${ADMIN}) .followup-date > a,
html:not(.${ADMIN}) li.groups a[translate="ADD_GROUPS"],
html:not(.${ADMIN}) a:has(> .glyphicon-paperclip) { display: none !important; }
html:not(.${ADMIN}) .due-date,
html:not(.${ADMIN}) .followup-date,
html:not(.${ADMIN}) li.groups > span,
html:not(.${ADMIN}) li.assignee > [cam-widget-inline-field] { pointer-events: none; cursor: default; }
`;

/** The read-only fields still take the keyboard focus; their Enter or space would start editing. */
const READ_ONLY = '.due-date, .followup-date, li.groups > span, li.assignee > [cam-widget-inline-field]';

async function markAdministrator() {
  let admin = false;
  try {
    const answer = await fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' });
    admin = answer.ok && ((await answer.json()).authorizedApps || []).includes('admin');
  } catch (error) {
    admin = false;
  }
  document.documentElement.classList.toggle(ADMIN, admin);
}

const style = document.createElement('style');
style.id = 'communityops-admin-controls';
style.textContent = STYLE;
document.head.appendChild(style);

document.addEventListener('keydown', event => {
  if (!document.documentElement.classList.contains(ADMIN) && event.target.closest
      && event.target.closest(READ_ONLY) && (event.key === 'Enter' || event.key === ' ')) {
    event.stopPropagation();
    event.preventDefault();
  }
}, true);

// Signing in or out changes the address, so the user is looked up again then.
markAdministrator();
window.addEventListener('hashchange', markAdministrator);

export default [];
