/*
 * Cockpit's configuration for the agency network; replaces the webjar's file of the same path
 * (this application's classes come first on the class path: README "Webapps in Swedish").
 */
import { dateFormat, operatorLocales } from '../../network/webapp-settings.js';

export default {
  locales: operatorLocales,
  dateFormat,
  disableWelcomeMessage: true,
  customScripts: ['../network/language']
};
