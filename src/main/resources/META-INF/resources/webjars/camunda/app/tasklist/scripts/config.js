// Tasklist configuration of the agency network. It replaces the file of the same path in Camunda's
// webjar: the application's own classes come first on the class path, both started from Maven and
// from the packaged jar (the browser tests run it from Maven).
export default {
  // Our additions to Tasklist 7.24, each a small ES module in this folder (see its header):
  customScripts: [
    // Complete no longer stays disabled on forms with a dynamic list (form-js 1.8.7 + Tasklist 7.24)
    'scripts/dynamic-list-completion'
  ],

  // Camunda's defaults
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
