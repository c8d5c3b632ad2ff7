// CommunityOps' Tasklist configuration, in place of the one Camunda ships (docs/dashboard.md, "Tasklist"): its
// keyboard shortcuts, a script that lists every queue by SLA due date, soonest (overdue) first, wherever the
// address names no other order, and one that leaves the controls only administrators may use to administrators.
export default {
  customScripts: ['communityops/sla-order', 'communityops/admin-controls'],

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
