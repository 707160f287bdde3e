/*
 * Complete works on Camunda Forms with a dynamic list (Tasklist 7.24, form-js 1.8.7).
 *
 * The defect: Tasklist's Camunda Forms directive (camTasklistFormCamunda) disables "Complete"
 * whenever the form's error object has any key:
 *
 *   form.on('changed', evt => formController.notifyFormValidated(!!Object.keys(evt.errors).length))
 *
 * form-js clears the error of a field inside a dynamic list with min-dash's
 * set(errors, [fieldId, rowIndex], undefined), which deletes the row's entry but leaves the
 * field's entry behind as an empty array: {"Field_x": []}. So once a list field has been typed in
 * (or validated with a prefilled value), Complete stays disabled although no error is shown.
 *
 * The fix: this decorator hands the directive a controller whose notifyFormValidated still accepts
 * "no error" at once, but checks an "error" against what the form really shows: form-js renders
 * every error of its state as a .fjs-form-field-error element (empty entries render nothing). The
 * check waits one task, until form-js (preact) has rendered the state that caused the call.
 * Everything else the directive does is Camunda's own; on Complete form-js validates the whole
 * form again, so a form with a real error is still refused.
 *
 * A second defect of the same directive: on submit it gives a list the type of the variable of the
 * same name that the task already has. A list kept local to the task with an empty input parameter
 * (needs-inventory's "needs") is a variable of type Null, and the engine refuses a list "of type
 * Null". So the task's form variables reach Tasklist without those that hold nothing: a form shows
 * nothing for them either way, and Tasklist then sends a list as Json, as it does for a new one.
 *
 * Loaded through customScripts in config.js before Tasklist's AngularJS application starts;
 * it reads no text of the page, so it works in any UI language.
 */
const angular = window.angular;

angular.module('cam.tasklist').config(['$provide', function ($provide) {
  $provide.decorator('camTasklistFormCamundaDirective', ['$delegate', function ($delegate) {
    const directive = $delegate[0];
    const link = directive.link;

    function linkWithVisibleErrors(scope, element, attrs, formController) {
      let pending = null;
      const corrected = Object.create(formController);

      corrected.notifyFormValidated = function (invalid) {
        clearTimeout(pending);
        if (!invalid) {
          formController.notifyFormValidated(false);
          return;
        }
        pending = setTimeout(function () {
          formController.notifyFormValidated(element[0].querySelector('.fjs-form-field-error') !== null);
        });
      };
      // a form that failed to load stays invalid: that call must reach Tasklist unchanged
      corrected.notifyFormInitializationFailed = function (error) {
        clearTimeout(pending);
        formController.notifyFormInitializationFailed(error);
      };
      scope.$on('$destroy', function () {
        clearTimeout(pending);
      });

      return link.call(this, scope, element, attrs, corrected);
    }

    // AngularJS made compile() return the original link when the directive was registered
    directive.compile = function () {
      return linkWithVisibleErrors;
    };
    return $delegate;
  }]);
}]);

angular.module('cam.tasklist').run(['camAPI', function (camAPI) {
  const Task = camAPI.resource('task');
  const formVariables = Task.formVariables;

  function withoutNulls(variables) {
    if (variables && typeof variables === 'object') {
      Object.keys(variables).forEach(function (name) {
        if (variables[name] && variables[name].type === 'Null') {
          delete variables[name];
        }
      });
    }
    return variables;
  }

  Task.formVariables = function (data, done) {
    const callback = done && function (err, variables) {
      done(err, err ? variables : withoutNulls(variables));
    };
    const result = formVariables.call(this, data, callback);
    return result && typeof result.then === 'function' ? result.then(withoutNulls) : result;
  };
}]);
