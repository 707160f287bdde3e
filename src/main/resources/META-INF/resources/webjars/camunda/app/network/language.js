/*
 * The language of the Camunda webapps for the agency network (a custom script of Tasklist, Cockpit
 * and Admin, listed in each app's scripts/config.js).
 *
 * Swedish for everyone: Camunda picks the browser's first language when it is one of
 * `availableLocales`, so an English browser would get English. This script runs after the app's
 * AngularJS module has been created and before it starts (Camunda imports custom scripts from
 * `addPlugins`), and tells angular-translate the language to use: Swedish, or English for a person
 * who chose it with the "In English" link (kept in this browser's localStorage, for all three apps).
 *
 * It also
 *  - sets <html lang> to the language shown (Camunda's index.html says "en"),
 *  - shows the network's name on the login page (a `<app>.login` view above Camunda's form),
 *  - adds the language link to Tasklist's header (`tasklist.navbar.action`),
 *  - names the header's icon-only app switch for screen readers (WCAG 2.1 4.1.2; Camunda's link has
 *    no text).
 */
const STORAGE_KEY = 'agency-network.language';
const LANGUAGES = ['sv', 'en'];

function chosenLanguage() {
  let stored = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch (e) {
    // storage switched off: Swedish
  }
  return LANGUAGES.indexOf(stored) >= 0 ? stored : 'sv';
}

function chooseLanguage(language) {
  window.localStorage.setItem(STORAGE_KEY, language);
  // a reload renders everything (the forms' date format and texts included) in the new language
  window.location.reload();
}

const language = chosenLanguage();
document.documentElement.setAttribute('lang', language);

// Controls that Camunda renders without an accessible name: selector -> name per language
const UNNAMED_CONTROLS = {
  '.app-switch > .dropdown-toggle': {sv: 'Byt tjänst', en: 'Switch application'}
};

function nameUnnamedControls() {
  Object.keys(UNNAMED_CONTROLS).forEach(function(selector) {
    document.querySelectorAll(selector).forEach(function(control) {
      if (!control.getAttribute('aria-label')) {
        control.setAttribute('aria-label', UNNAMED_CONTROLS[selector][language]);
      }
    });
  });
}

new MutationObserver(nameUnnamedControls).observe(document.documentElement, {childList: true, subtree: true});

const appName = document.querySelector('base').getAttribute('app-name');
const angular = window.angular;
const app = angular.module('cam.' + appName);

app.config([
  '$translateProvider',
  function($translateProvider) {
    $translateProvider.determinePreferredLanguage(function() {
      return language;
    });
  }
]);

// The network's name on the login page, from the application's public /network-info.json
app.config([
  'ViewsProvider',
  function(ViewsProvider) {
    ViewsProvider.registerDefaultView(appName + '.login', {
      id: 'network-name',
      priority: 10,
      template:
        '<div class="network-login" ng-if="network.name">' +
        '<p class="network-login-name">{{ network.name }}</p>' +
        '<p class="network-login-hint" ng-if="swedish">Logga in med ditt användarnamn i nätverket.</p>' +
        '<p class="network-login-hint" ng-if="!swedish">Log in with your user name in the network.</p>' +
        '</div>',
      controller: [
        '$scope',
        '$http',
        function($scope, $http) {
          $scope.swedish = language === 'sv';
          $scope.network = {};
          $http.get('/network-info.json').then(function(response) {
            $scope.network = response.data;
          }, angular.noop);
        }
      ]
    });
  }
]);

if (appName === 'tasklist') {
  app.config([
    'ViewsProvider',
    function(ViewsProvider) {
      ViewsProvider.registerDefaultView('tasklist.navbar.action', {
        id: 'network-language',
        priority: 50,
        template:
          '<a href class="network-language" ng-attr-lang="{{ other.code }}" ng-click="choose()">{{ other.label }}</a>',
        controller: [
          '$scope',
          function($scope) {
            $scope.other = language === 'sv'
              ? {code: 'en', label: 'In English'}
              : {code: 'sv', label: 'På svenska'};
            $scope.choose = function() {
              chooseLanguage($scope.other.code);
            };
          }
        ]
      });
    }
  ]);
}
