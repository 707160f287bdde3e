/*
 * Swedish for the Camunda Forms in Tasklist (a custom script listed in app/tasklist/scripts/config.js).
 *
 * Tasklist 7.24 renders Camunda Forms with form-js 1.8.7 as `new Form({container})`: no translation
 * module, no locale option. Its texts are English literals in the viewer ("Field is required.",
 * "Add new", "Select", "Search", "No results", ...), the date format comes from
 * `Intl.DateTimeFormat('default')` (the browser's locale) and the date picker is flatpickr with its
 * English defaults (weeks from Sunday). What this script does, for Swedish only (the language the
 * person uses, see ../network/language.js):
 *
 *  1. dates ÅÅÅÅ-MM-DD: form-js asks `new Intl.DateTimeFormat('default')` for the order of day, month
 *     and year; the literal locale 'default' (which only form-js passes) is answered as 'sv-SE'.
 *     Every other use of Intl is left alone;
 *  2. the picker: flatpickr's documented `flatpickr.localize()` sets Swedish month and day names and
 *     Monday as the first day for every picker made afterwards (flatpickr is global in Tasklist's
 *     lib/deps.js);
 *  3. the texts: a MutationObserver translates form-js's own texts (validation messages, buttons,
 *     placeholders, aria-labels) inside form-js containers (`.fjs-container`) as they are rendered.
 *     Labels, descriptions and options written in our forms/*.form are never touched (only the
 *     exact texts below are).
 */
const STORAGE_KEY = 'agency-network.language';

function swedish() {
  try {
    return window.localStorage.getItem(STORAGE_KEY) !== 'en';
  } catch (e) {
    return true;
  }
}

const TEXTS = {
  'Field is required.': 'Fältet måste fyllas i.',
  'Field must be a valid email.': 'Fältet måste innehålla en giltig e-postadress.',
  'Field must be a valid  international phone number. (e.g. +4930664040900)':
    'Fältet måste innehålla ett giltigt internationellt telefonnummer (t.ex. +46101234567).',
  'Value is expected to be an integer.': 'Värdet måste vara ett heltal.',
  'Date and time must both be entered.': 'Både datum och tid måste anges.',
  'Add new': 'Lägg till',
  'Collapse': 'Fäll ihop',
  'No results': 'Inga träffar',
  'All values selected': 'Alla värden är valda',
  'Nothing to show.': 'Inget att visa.',
  'Search': 'Sök',
  'Increment': 'Öka',
  'Decrement': 'Minska',
  'Remove tag': 'Ta bort',
  'Previous page': 'Föregående sida',
  'Next page': 'Nästa sida',
  'Click to remove sorting': 'Klicka för att ta bort sorteringen',
  'yyyy-mm-dd': 'ÅÅÅÅ-MM-DD',
  'hh:mm': 'tt:mm'
};

const PATTERNS = [
  [/^Field must have minimum value of (.+)\.$/, 'Värdet måste vara minst $1.'],
  [/^Field must have maximum value of (.+)\.$/, 'Värdet får vara högst $1.'],
  [/^Field must have minimum length of (.+)\.$/, 'Fältet måste innehålla minst $1 tecken.'],
  [/^Field must have maximum length of (.+)\.$/, 'Fältet får innehålla högst $1 tecken.'],
  [/^Field must match pattern (.+)\.$/, 'Fältet måste följa mönstret $1.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'Värdet får ha högst $1 decimaler.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    'Ange ett giltigt värde; de två närmaste giltiga värdena är $1 och $2.'],
  [/^Expand all \((\d+)\)$/, 'Visa alla ($1)'],
  [/^Remove list item (\d+)$/, 'Ta bort rad $1'],
  [/^Sort by (.+)$/, 'Sortera på $1']
];

/** The Swedish for one of form-js's own texts, or null when the text is not one of them. */
function translate(text) {
  if (Object.prototype.hasOwnProperty.call(TEXTS, text)) {
    return TEXTS[text];
  }
  for (const [pattern, swedishText] of PATTERNS) {
    if (pattern.test(text)) {
      return text.replace(pattern, swedishText);
    }
  }
  return null;
}

function translateTextNode(node) {
  const text = node.data.trim();
  if (!text) {
    return;
  }
  const parent = node.parentElement;
  // "Select" is the empty select's placeholder; as an option's label it stays as written
  const swedishText = text === 'Select'
    ? (parent && parent.classList.contains('fjs-select-display') ? 'Välj' : null)
    : translate(text);
  if (swedishText !== null && swedishText !== text) {
    node.data = node.data.replace(text, swedishText);
  }
}

const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

function translateAttributes(element) {
  for (const name of ATTRIBUTES) {
    const value = element.getAttribute(name);
    const swedishText = value ? translate(value) : null;
    if (swedishText !== null && swedishText !== value) {
      element.setAttribute(name, swedishText);
    }
  }
}

function insideForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest('.fjs-container'));
}

function translateTree(root) {
  if (root.nodeType === Node.TEXT_NODE) {
    if (insideForm(root)) {
      translateTextNode(root);
    }
    return;
  }
  if (root.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  if (!insideForm(root) && !root.querySelector('.fjs-container')) {
    return;
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    if (!insideForm(node)) {
      continue;
    }
    if (node.nodeType === Node.TEXT_NODE) {
      translateTextNode(node);
    } else {
      translateAttributes(node);
    }
  }
}

function localizeDateFormat() {
  const NativeDateTimeFormat = Intl.DateTimeFormat;
  function DateTimeFormat(locales, options) {
    return new NativeDateTimeFormat(locales === 'default' ? 'sv-SE' : locales, options);
  }
  DateTimeFormat.prototype = NativeDateTimeFormat.prototype;
  DateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
  Intl.DateTimeFormat = DateTimeFormat;
}

function localizeDatePicker() {
  if (!window.flatpickr || typeof window.flatpickr.localize !== 'function') {
    return;
  }
  window.flatpickr.localize({
    weekdays: {
      shorthand: ['sön', 'mån', 'tis', 'ons', 'tor', 'fre', 'lör'],
      longhand: ['söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag']
    },
    months: {
      shorthand: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
      longhand: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september',
        'oktober', 'november', 'december']
    },
    firstDayOfWeek: 1,
    rangeSeparator: ' till ',
    weekAbbreviation: 'v',
    scrollTitle: 'Scrolla för att ändra',
    toggleTitle: 'Klicka för att växla',
    yearAriaLabel: 'År',
    monthAriaLabel: 'Månad',
    hourAriaLabel: 'Timme',
    minuteAriaLabel: 'Minut',
    time_24hr: true,
    ordinal: function() {
      return 'e';
    }
  });
}

if (swedish()) {
  localizeDateFormat();
  localizeDatePicker();
  new MutationObserver(function(mutations) {
    for (const mutation of mutations) {
      if (mutation.type === 'childList') {
        mutation.addedNodes.forEach(translateTree);
      } else if (mutation.type === 'characterData') {
        if (insideForm(mutation.target)) {
          translateTextNode(mutation.target);
        }
      } else if (mutation.type === 'attributes' && insideForm(mutation.target)) {
        translateAttributes(mutation.target);
      }
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ATTRIBUTES
  });
}
