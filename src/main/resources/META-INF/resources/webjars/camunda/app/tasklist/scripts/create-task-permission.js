/*
 * "Create task" only for those who may create tasks (Tasklist 7.24).
 *
 * Tasklist offers "Create task" in its header to everyone, and the engine then refuses users
 * without CREATE permission on the TASK resource with a permission error. Here the header's list
 * of actions (Views.getProviders for 'tasklist.navbar.action') comes without that action, and it
 * is put back once the engine says the user may create tasks
 * (authorization/check?permissionName=CREATE&resourceName=task&resourceType=7, the user's own).
 * Hidden until known: a failed check leaves it hidden.
 *
 * Loaded through customScripts in config.js; it reads no text of the page.
 */
const angular = window.angular;

const CREATE_TASK_ACTION = 'create-task-action';
const TASK_RESOURCE_TYPE = 7;

angular.module('cam.tasklist').config(['$provide', function ($provide) {
  $provide.decorator('Views', ['$delegate', '$http', 'Uri', function (Views, $http, Uri) {
    const getProviders = Views.getProviders;

    Views.getProviders = function (options) {
      const providers = getProviders.apply(this, arguments);
      if (!options || options.component !== 'tasklist.navbar.action'
          || !providers.some(function (provider) { return provider.id === CREATE_TASK_ACTION; })) {
        return providers;
      }
      // a copy: the array Tasklist received is updated in place, the plugin registry is left alone
      const shown = providers.filter(function (provider) { return provider.id !== CREATE_TASK_ACTION; });
      $http.get(Uri.appUri('engine://engine/:engine/authorization/check'), {
        params: {permissionName: 'CREATE', resourceName: 'task', resourceType: TASK_RESOURCE_TYPE}
      }).then(function (response) {
        if (response.data && response.data.authorized === true) {
          Array.prototype.splice.apply(shown, [0, shown.length].concat(providers));
        }
      }, angular.noop);
      return shown;
    };
    return Views;
  }]);
}]);
