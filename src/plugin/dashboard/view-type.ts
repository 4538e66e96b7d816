/** The dashboard's view type and icon, shared without importing the view. */
export const VIEW_TYPE_ACTIONS = 'grow-actions';
export const ACTIONS_ICON = 'list-checks';
