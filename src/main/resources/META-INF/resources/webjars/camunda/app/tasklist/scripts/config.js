/*
 * Tasklist's configuration for the agency network; replaces the webjar's file of the same path
 * (this application's classes come first on the class path: README "Webapps in Swedish").
 */
import { dateFormat, tasklistLocales } from '../../network/webapp-settings.js';

export default {
  locales: tasklistLocales,
  dateFormat,
  // Camunda's "first visit" box points to Camunda's welcome page: the network's start page is /
  disableWelcomeMessage: true,
  // paths relative to app/tasklist/, without ".js"; each one is a file of this application
  customScripts: [
    '../network/language',
    '../network/form-js-swedish',
    // Complete no longer stays disabled on forms with a dynamic list (form-js 1.8.7 + Tasklist 7.24)
    'scripts/dynamic-list-completion',
    // An unassigned task the user is a candidate for is claimed when opened; a greyed-out form says why
    'scripts/claim-on-open',
    // "Create task" only for users with CREATE permission on tasks
    'scripts/create-task-permission'
  ],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den valda uppgiften'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flyttar fokus till det första filtret i listan'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flyttar fokus till den första uppgiften i listan'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flyttar fokus till det första fältet i uppgiftens formulär'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'öppnar dialogen för att starta en process'
    }
  }
};
