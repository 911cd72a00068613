// Sachet's offline capture page: sign in once, keep the venues on the phone, log sessions with or without a
// connection. Each session gets its UUID when it is kept, so sending it again (after a lost answer, a crash, a
// second tap) never makes a second record: the server answers 200 with the stored one.
'use strict';

const API = new URL('../api/v1/', document.baseURI).href;
const MAX_PER_BAND = 10000;
const RETRY_MS = 15000;

const TEXTS = {
  en: {
    title: 'Sachet — field sessions', signInHeading: 'Sign in once on this phone',
    signInIntro: 'After this the page works without a connection; what you log waits here and is sent when the connection returns.',
    username: 'User name', password: 'Password', signInButton: 'Sign in', signedInAs: 'Signed in as',
    venuesKept: 'venues kept on this phone:', refresh: 'Download again', signOut: 'Sign out of this phone',
    logHeading: 'Log a session', venue: 'Venue', kind: 'Kind of session', lesson: 'Lesson taught', date: 'Day held (BS)',
    participants: 'Who came', girlsUnder18: 'Girls under 18', boysUnder18: 'Boys under 18', womenAdult: 'Women 18+',
    menAdult: 'Men 18+', other: 'Other', confirmLarge: 'I have checked: this many people came.', notes: 'Notes',
    save: 'Keep the session', waiting: 'Waiting to sync', syncNow: 'Sync now', synced: 'Synced',
    online: 'Online', offline: 'Offline', chooseVenue: '— choose the venue —', chooseKind: '— choose the kind —',
    chooseLesson: '— choose the lesson —', episode: 'Episode heard', chooseEpisode: '— the episode, if known —',
    activity: 'Action plan activity carried out',
    activityHint: 'Only if this session was an activity of a youth ambassadors\' plan here.', noActivity: '— none —',
    due: 'due', kept: 'Kept on this phone; it will be sent when there is a connection.',
    sentAll: 'Everything is synced.', signInFailed: 'The user name or password is not right, or the account cannot sign in.',
    serverTrouble: 'The server could not sign you in just now; try again in a minute.',
    signOutUnsent: '{0} sessions are not sent yet. They stay on this phone and are sent when you sign in again. Sign out?',
    keptForOwner: '{0} unsent sessions are kept on this phone for the person who logged them.',
    noConnection: 'There is no connection; signing in needs one, once.', needVenue: 'Choose the venue.',
    needKind: 'Choose the kind of session.', needLesson: 'Choose the lesson taught.', needDate: 'Enter the day.',
    future: 'The day cannot be in the future.', tooEarly: 'The day is too long ago; check the year.',
    notBsDate: 'Day held: not a date of the Bikram Sambat calendar; write it as 2083-08-17.', ad: 'AD',
    projected: 'this year\'s official calendar is not published yet: the AD day may still move',
    count: 'Counts are whole numbers from 0 to 10,000.', nobody: 'Nobody came? Enter how many people were there.',
    large: '{0} people is more than usual for this kind of session ({1}); check the figure and confirm it.',
    refused: 'Refused by the server:', conflict: 'A different session with the same id is already stored.',
    remove: 'Remove', waitingState: 'waiting', signInAgain: 'Sign in again: this phone\'s sign-in was revoked.',
    people: 'people', removedConfirm: 'Remove this session from the phone? It has not been stored.',
    kinds: {SBCC_SESSION: 'SBCC session', STICKS_AND_STONES_LESSON: 'Sticks and Stones lesson',
      TOT_TRAINING: 'Training of trainers', THEATRE_PERFORMANCE: 'Theatre for development performance',
      INTERGENERATIONAL_DIALOGUE: 'Intergenerational dialogue', PARENTS_GROUP_MEETING: 'Parents\' group meeting',
      RADIO_LISTENING_GROUP: 'Radio listening group', INFO_BOOTH_DAY: 'Information booth day'}
  },
  ne: {
    title: 'सचेत — फिल्ड सत्र', signInHeading: 'यो फोनमा एक पटक साइन इन गर्नुहोस्',
    signInIntro: 'त्यसपछि यो पृष्ठ इन्टरनेटबिना पनि चल्छ; लेखेका सत्र यहीँ पर्खन्छन् र जडान फर्केपछि पठाइन्छन्।',
    username: 'प्रयोगकर्ता नाम', password: 'पासवर्ड', signInButton: 'साइन इन', signedInAs: 'साइन इन:',
    venuesKept: 'यो फोनमा राखिएका स्थान:', refresh: 'फेरि डाउनलोड गर्नुहोस्', signOut: 'यो फोनबाट साइन आउट',
    logHeading: 'सत्र लेख्नुहोस्', venue: 'स्थान', kind: 'सत्रको प्रकार', lesson: 'पढाइएको पाठ', date: 'सत्र भएको दिन (वि.सं.)',
    participants: 'को-को आए', girlsUnder18: '१८ वर्षमुनिका बालिका', boysUnder18: '१८ वर्षमुनिका बालक',
    womenAdult: '१८+ महिला', menAdult: '१८+ पुरुष', other: 'अन्य', confirmLarge: 'मैले जाँचेँ: यति जना नै आएका थिए।',
    notes: 'टिप्पणी', save: 'सत्र राख्नुहोस्', waiting: 'पठाउन बाँकी', syncNow: 'अहिले पठाउनुहोस्', synced: 'पठाइसकिएका',
    online: 'अनलाइन', offline: 'अफलाइन', chooseVenue: '— स्थान छान्नुहोस् —', chooseKind: '— प्रकार छान्नुहोस् —',
    chooseLesson: '— पाठ छान्नुहोस् —', episode: 'सुनेको भाग', chooseEpisode: '— थाहा भए भाग छान्नुहोस् —',
    activity: 'सम्पन्न गरिएको कार्ययोजना गतिविधि',
    activityHint: 'यो सत्र यहाँको युवा दूत कार्ययोजनाको गतिविधि थियो भने मात्र।', noActivity: '— छैन —', due: 'म्याद',
    kept: 'फोनमा राखियो; जडान हुनेबित्तिकै पठाइनेछ।', sentAll: 'सबै पठाइसकियो।',
    signInFailed: 'प्रयोगकर्ता नाम वा पासवर्ड मिलेन, वा यो खाताले अहिले साइन इन गर्न सक्दैन।',
    serverTrouble: 'सर्भरले अहिले साइन इन गर्न सकेन; एक मिनेटपछि फेरि प्रयास गर्नुहोस्।',
    signOutUnsent: '{0} सत्र अझै पठाइएका छैनन्। ती यही फोनमा रहन्छन् र तपाईं फेरि साइन इन गरेपछि पठाइन्छन्। साइन आउट गर्ने?',
    keptForOwner: 'नपठाइएका {0} सत्र तिनलाई लेख्ने व्यक्तिका लागि यही फोनमा राखिएका छन्।',
    noConnection: 'जडान छैन; साइन इन गर्न एक पटक जडान चाहिन्छ।', needVenue: 'स्थान छान्नुहोस्।',
    needKind: 'सत्रको प्रकार छान्नुहोस्।', needLesson: 'पढाइएको पाठ छान्नुहोस्।', needDate: 'दिन लेख्नुहोस्।',
    future: 'दिन भविष्यमा हुन सक्दैन।', tooEarly: 'दिन धेरै पुरानो भयो; वर्ष जाँच्नुहोस्।',
    notBsDate: 'सत्र भएको दिन: विक्रम संवत्‌को मिति होइन; २०८३-०८-१७ जस्तै लेख्नुहोस्।', ad: 'ईस्वी',
    projected: 'यो वर्षको आधिकारिक पात्रो अझै प्रकाशित भएको छैन: ईस्वी दिन सर्न सक्छ',
    count: 'सङ्ख्या ० देखि १०,००० सम्मको पूर्ण अङ्क हुनुपर्छ।', nobody: 'कोही आएनन्? कति जना सहभागी थिए, लेख्नुहोस्।',
    large: 'यस प्रकारको सत्रका लागि {0} जना सामान्यभन्दा बढी हो ({1}); सङ्ख्या जाँचेर पुष्टि गर्नुहोस्।',
    refused: 'सर्भरले अस्वीकार गर्‍यो:', conflict: 'यही id भएको फरक सत्र पहिले नै राखिएको छ।', remove: 'हटाउनुहोस्',
    waitingState: 'पर्खंदै', signInAgain: 'फेरि साइन इन गर्नुहोस्: यो फोनको साइन इन रद्द गरिएको छ।', people: 'जना',
    removedConfirm: 'यो सत्र फोनबाट हटाउने? यो सर्भरमा राखिएको छैन।',
    kinds: {SBCC_SESSION: 'सामाजिक तथा व्यवहार परिवर्तन सञ्चार सत्र', STICKS_AND_STONES_LESSON: 'स्टिक्स एन्ड स्टोन्स पाठ',
      TOT_TRAINING: 'प्रशिक्षक प्रशिक्षण', THEATRE_PERFORMANCE: 'विकासका लागि नाटक प्रस्तुति',
      INTERGENERATIONAL_DIALOGUE: 'पुस्तान्तर संवाद', PARENTS_GROUP_MEETING: 'अभिभावक समूह बैठक',
      RADIO_LISTENING_GROUP: 'रेडियो श्रोता समूह', INFO_BOOTH_DAY: 'सूचना केन्द्र दिवस'}
  }
};
const BANDS = ['girlsUnder18', 'boysUnder18', 'womenAdult', 'menAdult', 'other'];

// --- IndexedDB: 'settings' (key → value) and 'sessions' (by uuid, with a state) ---------------------------
function openStore() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open('sachet-field', 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('settings');
      request.result.createObjectStore('sessions', {keyPath: 'uuid'});
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
const db = openStore();
async function tx(store, mode, work) {
  const database = await db;
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(store, mode);
    const result = work(transaction.objectStore(store));
    transaction.oncomplete = () => resolve(result && 'result' in result ? result.result : undefined);
    transaction.onerror = () => reject(transaction.error);
  });
}
const setting = key => tx('settings', 'readonly', s => s.get(key));
const keep = (key, value) => tx('settings', 'readwrite', s => s.put(value, key));
const allSessions = () => tx('sessions', 'readonly', s => s.getAll());
/** The signed-in person's sessions: a shared phone keeps each person's queue for that person. */
async function mySessions() {
  const me = await setting('username');
  return (await allSessions()).filter(s => (s.owner || me) === me);
}
const putSession = session => tx('sessions', 'readwrite', s => s.put(session));
const dropSession = uuid => tx('sessions', 'readwrite', s => s.delete(uuid));

// --- texts ------------------------------------------------------------------------------------------------
let language = 'en';
const t = key => TEXTS[language][key];
const format = (pattern, ...values) => pattern.replace(/\{(\d)\}/g, (m, i) => digits(values[i]));
const digits = value => language === 'ne' ? String(value).replace(/[0-9]/g, d => '०१२३४५६७८९'[d]) : String(value);
const $ = id => document.getElementById(id);

function applyTexts() {
  document.documentElement.lang = language;
  document.querySelectorAll('[data-text]').forEach(e => { e.textContent = t(e.dataset.text); });
  $('language').textContent = language === 'en' ? 'नेपाली' : 'English';
  showNetwork();
}

function say(text, isError) {
  $('message').textContent = text || '';
  $('message').className = isError ? 'error' : '';
}

function showNetwork() {
  $('network').textContent = navigator.onLine ? t('online') : t('offline');
  $('network').className = 'network' + (navigator.onLine ? '' : ' offline');
}

// --- signing in once --------------------------------------------------------------------------------------
async function api(path, options = {}) {
  const token = await setting('token');
  // X-Requested-With: the server then answers a 401 without a Basic challenge, which would make the browser
  // hold the call for its own login box instead of letting this page say what went wrong
  const headers = Object.assign({'Accept': 'application/json', 'Accept-Language': language,
    'X-Requested-With': 'XMLHttpRequest'}, options.headers || {});
  if (token && !headers.Authorization) {
    headers.Authorization = 'Bearer ' + token;
  }
  return fetch(API + path, Object.assign({}, options, {headers, cache: 'no-store'}));
}

async function signIn(event) {
  event.preventDefault();
  const username = $('username').value.trim();
  const basic = 'Basic ' + btoa(unescape(encodeURIComponent(username + ':' + $('password').value)));
  $('signInButton').disabled = true;
  say('');
  let response;
  try {
    response = await api('tokens', {method: 'POST', headers: {'Authorization': basic, 'Content-Type': 'application/json'},
      body: JSON.stringify({label: 'Offline capture: ' + navigator.userAgent.replace(/\s+/g, ' ').slice(0, 60)})});
  } catch (e) {
    say(t('noConnection'), true);
    return;
  } finally {
    $('signInButton').disabled = false;
  }
  if (!response.ok) {
    // wrong user name or password, a locked or deactivated account: say so and let the person try again
    say(t(response.status === 401 ? 'signInFailed' : 'serverTrouble'), true);
    $('password').value = '';
    $('password').focus();
    return;
  }
  $('password').value = '';
  await keep('token', (await response.json()).token);
  await keep('username', username);
  await followAccountLanguage();
  await download();
  await show();
  say('');
}

/**
 * Signs this phone out. Sessions not yet sent stay on the phone for the person who logged them: they are sent
 * under that person's sign-in, never under the next person's.
 */
async function signOut() {
  const unsent = (await mySessions()).filter(s => s.state === 'waiting').length;
  if (unsent > 0 && !confirm(format(t('signOutUnsent'), unsent))) {
    return;
  }
  await keep('token', null);
  await keep('venues', []);
  await keep('activities', []);
  await show();
  if (unsent > 0) {
    say(format(t('keptForOwner'), unsent));
  }
}

/**
 * Keeps the venues, the kinds, the lessons and the plan activities on the phone, for logging with no connection.
 */
async function download() {
  try {
    const [venues, kinds, editions] = await Promise.all(['venues', 'sessions/kinds', 'editions'].map(p => api(p)));
    if (venues.status === 401) {
      await keep('token', null);
      say(t('signInAgain'), true);
      return;
    }
    if (venues.ok && kinds.ok && editions.ok) {
      await keep('venues', await venues.json());
      await keep('kinds', await kinds.json());
      const lessons = [];
      for (const edition of await editions.json()) {
        let number = 0;
        for (const unit of edition.units || []) {
          for (const lesson of unit.lessons || []) {
            number++;
            lessons.push({code: 'lesson-' + lesson.id, edition: edition.label, number,
              titleEn: lesson.titleEn, titleNe: lesson.titleNe});
          }
        }
      }
      await keep('lessons', lessons);
    }
    const activities = await api('sessions/activities');
    if (activities.ok) {
      await keep('activities', await activities.json());
    }
    const episodes = await api('sessions/episodes');
    if (episodes.ok) {
      await keep('episodes', await episodes.json());
    }
  } catch (e) {
    // no connection: what was kept before stays
  }
}

// --- the form ---------------------------------------------------------------------------------------------
function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

async function fillForm() {
  const venues = (await setting('venues')) || [];
  const kinds = (await setting('kinds')) || [];
  const lessons = (await setting('lessons')) || [];
  const episodes = (await setting('episodes')) || [];
  const chosen = {venue: $('venue').value, kind: $('kind').value, lesson: $('lesson').value,
    activity: $('activity').value, episode: $('episode').value};
  $('venue').replaceChildren(option('', t('chooseVenue')), ...venues.map(v => option(v.code, v.name + ' (' + v.code + ')')));
  $('kind').replaceChildren(option('', t('chooseKind')), ...kinds.map(k => option(k.kind, t('kinds')[k.kind] || k.kind)));
  $('lesson').replaceChildren(option('', t('chooseLesson')), ...lessons.map(l => option(l.code,
    l.edition + ' · ' + digits(l.number) + '. ' + (language === 'ne' ? l.titleNe : l.titleEn))));
  $('venue').value = chosen.venue;
  $('kind').value = chosen.kind;
  $('lesson').value = chosen.lesson;
  $('episode').replaceChildren(option('', t('chooseEpisode')), ...episodes.map(e => option(String(e.id),
    (language === 'ne' ? e.seriesNepali : e.seriesEnglish) + ' · ' + digits(e.number) + '. ' + e.title)));
  $('episode').value = chosen.episode;
  await fillActivities(chosen.activity);
  $('venueCount').textContent = digits(venues.length);
  showKindFields();
  if (!$('date').value) {
    const today = SachetBs.fromAd(todayInNepal());
    $('date').value = today ? SachetBs.format(today, language === 'ne') : '';
  }
  showAdDay();
}

/** The Gregorian day beside the Bikram Sambat one being typed (the server keeps both). */
function showAdDay() {
  const held = SachetBs.parse($('date').value);
  $('dateAd').textContent = !$('date').value.trim() ? '' : !held ? t('notBsDate')
    : t('ad') + ' ' + digits(held.ad) + (held.projected ? ' (' + t('projected') + ')' : '');
  $('dateAd').className = held || !$('date').value.trim() ? 'hint' : 'hint error';
}

/** A lesson for a Sticks and Stones lesson, the episode heard for a radio listening group. */
function showKindFields() {
  $('lessonField').hidden = $('kind').value !== 'STICKS_AND_STONES_LESSON';
  $('episodeField').hidden = $('kind').value !== 'RADIO_LISTENING_GROUP';
}

/** The plan activities of the chosen venue's local level; the field shows only when there are some. */
async function fillActivities(chosen) {
  const venue = ((await setting('venues')) || []).find(v => v.code === $('venue').value);
  const here = venue ? ((await setting('activities')) || []).filter(a => a.localLevelCode === venue.localLevelCode) : [];
  $('activity').replaceChildren(option('', t('noActivity')), ...here.map(a => option(String(a.id), a.title + ' · '
    + (language === 'ne' ? a.planTitleNepali : a.planTitleEnglish) + ' · ' + t('due') + ' ' + digits(a.dueOn))));
  $('activity').value = here.some(a => String(a.id) === chosen) ? chosen : '';
  $('activityField').hidden = here.length === 0;
}

function todayInNepal() {
  return new Date(Date.now() + (5 * 60 + 45) * 60000).toISOString().slice(0, 10);
}

function newUuid() {
  if (crypto.randomUUID) {
    return crypto.randomUUID();
  }
  const b = crypto.getRandomValues(new Uint8Array(16)); // pages served over plain http have no randomUUID
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map(x => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** Reads a count typed in either script: "१२" and "12" are both twelve. */
function readCount(text) {
  const western = String(text).trim().replace(/[०-९]/g, d => '०१२३४५६७८९'.indexOf(d));
  if (western === '') {
    return 0;
  }
  return /^\d{1,5}$/.test(western) && Number(western) <= MAX_PER_BAND ? Number(western) : null;
}

async function keepSession(event) {
  event.preventDefault();
  const kinds = (await setting('kinds')) || [];
  const participants = {};
  for (const band of BANDS) {
    participants[band] = readCount($(band).value);
    if (participants[band] === null) {
      say(t(band) + ': ' + t('count'), true);
      $(band).focus();
      return;
    }
  }
  const total = BANDS.reduce((sum, band) => sum + participants[band], 0);
  const kind = kinds.find(k => k.kind === $('kind').value);
  const held = SachetBs.parse($('date').value);
  const problem = !$('venue').value ? 'needVenue' : !kind ? 'needKind'
    : kind.kind === 'STICKS_AND_STONES_LESSON' && !$('lesson').value ? 'needLesson'
    : !$('date').value.trim() ? 'needDate' : !held ? 'notBsDate' : held.ad > todayInNepal() ? 'future'
    : held.ad < '2015-01-01' ? 'tooEarly' : total === 0 ? 'nobody' : null;
  if (problem) {
    say(t(problem), true);
    return;
  }
  if (total > kind.plausibleAttendance && !$('largeConfirmed').checked) {
    $('confirmField').hidden = false;
    say(format(t('large'), total, kind.plausibleAttendance), true);
    return;
  }
  const venue = ((await setting('venues')) || []).find(v => v.code === $('venue').value);
  const report = {uuid: newUuid(), date: held.ad, venueCode: venue.code, kind: kind.kind, participants,
    notes: $('notes').value.trim() || null, largeConfirmed: total > kind.plausibleAttendance};
  if (kind.kind === 'STICKS_AND_STONES_LESSON') {
    report.lessonCode = $('lesson').value;
  }
  if ($('activity').value && !$('activityField').hidden) {
    report.activityId = Number($('activity').value);
  }
  if (kind.kind === 'RADIO_LISTENING_GROUP' && $('episode').value) {
    report.episodeId = Number($('episode').value);
  }
  await putSession({uuid: report.uuid, report, venueName: venue.name, state: 'waiting', keptAt: Date.now(),
    owner: await setting('username')});
  BANDS.forEach(band => { $(band).value = '0'; });
  $('notes').value = '';
  $('activity').value = '';
  $('episode').value = '';
  $('largeConfirmed').checked = false;
  $('confirmField').hidden = true;
  say(t('kept'));
  await showSessions();
  sync();
}

// --- syncing ----------------------------------------------------------------------------------------------
let syncing = false;

/** Sends every waiting session once, oldest first; a session the server has is marked synced, never sent twice. */
/** Sessions sent per request when the queue syncs (the server takes up to 500). */
const SYNC_BATCH = 100;

async function sync() {
  if (syncing) {
    return;
  }
  syncing = true;
  try {
    if (!(await setting('token'))) {
      return; // nobody signed in: each queue waits for its owner
    }
    const waiting = (await mySessions()).filter(s => s.state === 'waiting').sort((a, b) => a.keptAt - b.keptAt);
    // the queue goes in batches (one request, one transaction each); each session gets its own answer
    for (let first = 0; first < waiting.length; first += SYNC_BATCH) {
      const batch = waiting.slice(first, first + SYNC_BATCH);
      let response;
      try {
        response = await api('sessions', {method: 'POST', headers: {'Content-Type': 'application/json'},
          body: JSON.stringify(batch.map(session => session.report))});
      } catch (e) {
        break; // no connection: try again later
      }
      if (response.status === 401) {
        await keep('token', null);
        say(t('signInAgain'), true);
        break;
      }
      if (response.status !== 200) {
        break; // the server is not well: try again later
      }
      const answers = await response.json();
      for (let i = 0; i < batch.length; i++) {
        const session = batch[i];
        const answer = answers[i];
        if (answer.status === 201 || answer.status === 200) {
          await putSession(Object.assign(session, {state: 'synced', id: answer.session.id, syncedAt: Date.now()}));
        } else if (answer.status === 409) {
          await putSession(Object.assign(session, {state: 'refused', problem: t('conflict')}));
        } else {
          const error = answer.error || {};
          const fields = (error.fieldErrors || []).map(f => f.message).join(' ');
          await putSession(Object.assign(session, {state: 'refused', problem: fields || error.message}));
        }
      }
    }
  } finally {
    syncing = false;
  }
  await showSessions();
  if (!(await setting('token'))) {
    await show();
  } else if ($('message').textContent === t('kept')
      && !(await mySessions()).some(s => s.state === 'waiting')) {
    say(t('sentAll')); // "kept on this phone, will be sent" no longer holds once it has gone
  }
}

// --- showing ----------------------------------------------------------------------------------------------
function describe(session) {
  const r = session.report;
  const total = BANDS.reduce((sum, band) => sum + r.participants[band], 0);
  const held = SachetBs.fromAd(r.date);
  return (held ? SachetBs.format(held, language === 'ne') : digits(r.date)) + ' · ' + session.venueName + ' · ' + (t('kinds')[r.kind] || r.kind) + ' · ' + digits(total) + ' '
    + t('people');
}

async function showSessions() {
  const sessions = (await mySessions()).sort((a, b) => b.keptAt - a.keptAt);
  const waiting = sessions.filter(s => s.state !== 'synced');
  $('waitingCount').textContent = digits(waiting.filter(s => s.state === 'waiting').length);
  $('waiting').replaceChildren(...waiting.map(s => {
    const li = document.createElement('li');
    li.dataset.uuid = s.uuid;
    li.append(describe(s), document.createElement('br'));
    const state = document.createElement('span');
    state.className = 'state' + (s.state === 'refused' ? ' refused' : '');
    state.textContent = s.state === 'refused' ? t('refused') + ' ' + s.problem : t('waitingState');
    li.append(state);
    if (s.state === 'refused') {
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'link';
      remove.textContent = t('remove');
      remove.onclick = async () => {
        if (confirm(t('removedConfirm'))) {
          await dropSession(s.uuid);
          await showSessions();
        }
      };
      li.append(' ', remove);
    }
    return li;
  }));
  $('synced').replaceChildren(...sessions.filter(s => s.state === 'synced').slice(0, 30).map(s => {
    const li = document.createElement('li');
    li.dataset.uuid = s.uuid;
    li.textContent = describe(s);
    return li;
  }));
}

/** The page speaks the language the person chose for their account (the switch above still changes it here). */
async function followAccountLanguage() {
  try {
    const response = await api('me');
    if (response.ok) {
      const me = await response.json();
      if ((me.language === 'ne' || me.language === 'en') && me.language !== language) {
        language = me.language;
        await keep('language', language);
        applyTexts();
      }
    }
  } catch (e) {
    // no connection just after signing in: the page stays in the language it has
  }
}

async function show() {
  const token = await setting('token');
  $('signIn').hidden = !!token;
  $('work').hidden = !token;
  if (token) {
    $('who').textContent = await setting('username');
    await fillForm();
    await showSessions();
  }
}

async function start() {
  const chosen = await setting('language');
  language = chosen || ((navigator.language || 'en').startsWith('ne') ? 'ne' : 'en');
  applyTexts();
  $('language').onclick = async () => {
    language = language === 'en' ? 'ne' : 'en';
    await keep('language', language);
    applyTexts();
    await show();
  };
  $('signInForm').onsubmit = signIn;
  $('logForm').onsubmit = keepSession;
  $('venue').onchange = () => fillActivities($('activity').value);
  $('date').oninput = showAdDay;
  $('kind').onchange = showKindFields;
  $('syncNow').onclick = sync;
  $('refresh').onclick = async () => { await download(); await fillForm(); };
  $('signOut').onclick = signOut;
  window.addEventListener('online', () => { showNetwork(); sync(); });
  window.addEventListener('offline', showNetwork);
  setInterval(() => { if (navigator.onLine) { sync(); } }, RETRY_MS);
  await show();
  if ((await setting('token')) && navigator.onLine) {
    await download();
    await fillForm();
    sync();
  }
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js').catch(() => { /* without it the page still works while online */ });
  }
}

start();
