/*
 * Opening a task one may work on lets one work on it (Tasklist 7.24).
 *
 * Tasklist greys a task's form out until "Claim" is pressed, and says nothing about it. Here the
 * task's header (the camTasklistTaskMeta directive) claims a task when it is opened, if it is
 * unassigned and the user is one of its candidates (the engine's own answer to "task ?taskId=
 * &candidateUser=me"), through Tasklist's own claim, which refreshes the task and enables the form.
 * A task someone else holds is never taken: only an unassigned task is claimed, and the engine
 * refuses a claim that lost a race (Tasklist then shows the server's Swedish message). A task is
 * claimed once per page: after "unclaim" it stays as the user left it.
 *
 * When the form stays greyed out, a Swedish sentence under the task's header says why: someone
 * else holds the task, the user is not among those it is for, or the user gave it back.
 *
 * Loaded through customScripts in config.js; it reads no text of the page.
 */
const angular = window.angular;

const HINTS = {
  takenByOther: 'Uppgiften är tagen av någon annan. Bara den som har uppgiften kan fylla i formuläret.',
  notForYou: 'Uppgiften är inte till för dig, så du kan läsa den men inte fylla i formuläret.',
  givenBack: 'Du har lämnat tillbaka uppgiften. Ta den igen för att fylla i formuläret.'
};

angular.module('cam.tasklist').config(['$provide', function ($provide) {
  $provide.decorator('camTasklistTaskMetaDirective', ['$delegate', '$http', 'Uri', function ($delegate, $http, Uri) {
    const directive = $delegate[0];
    const link = directive.link;
    const claimedOnOpen = {};

    directive.template += '<p class="agency-task-hint text-info" ng-if="agencyTaskHint">'
      + '<span class="glyphicon glyphicon-info-sign"></span> {{ agencyTaskHint }}</p>';

    function claimOnOpen(scope) {
      const taskData = scope.taskData.newChild(scope);

      taskData.observe('task', function (task) {
        scope.agencyTaskHint = null;
        const me = scope.$root.authentication && scope.$root.authentication.name;
        if (!task || !task.id || !me || task.assignee === me) {
          return;
        }
        if (task.assignee !== null && task.assignee !== undefined) {
          scope.agencyTaskHint = HINTS.takenByOther;
          return;
        }
        $http.get(Uri.appUri('engine://engine/:engine/task/count'), {params: {taskId: task.id, candidateUser: me}})
          .then(function (response) {
            // the user may have pressed "Claim" while the engine was asked: one claim, never two racing
            const stillOpen = scope.task && scope.task.id === task.id && !scope.hasAssignee() && !scope.submitInProgress;
            if (!stillOpen) {
              return;
            }
            if (response.data.count !== 1) {
              scope.agencyTaskHint = HINTS.notForYou;
            } else if (claimedOnOpen[task.id]) {
              scope.agencyTaskHint = HINTS.givenBack;
            } else {
              claimedOnOpen[task.id] = true;
              scope.claim();
            }
          }, angular.noop);
      });
    }

    directive.compile = function () {
      return function (scope) {
        const result = link.apply(this, arguments);
        claimOnOpen(scope);
        return result;
      };
    };
    return $delegate;
  }]);
}]);
