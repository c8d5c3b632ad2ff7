// CommunityOps' Tasklist configuration, in place of the one Camunda ships (docs/dashboard.md, "Tasklist").
export default {
  // lists every queue by SLA due date, soonest (overdue) first, wherever the address names no other order
  customScripts: ['communityops/sla-order']
};
