// Runs in <head> before the first paint (a classic script: the CSP allows
// no inline one). index.html carries the library as a first visit shows it
// (scripts/prerender.mjs); this fits that static copy to this runner until
// the app takes over, so nothing flashes and nothing moves:
// - data-theme: the stored theme, set as src/platform/theme.rs sets it;
// - data-returning: bands, routines or workouts are stored, so the app
//   will not show the first-run welcome (style/main.css hides the copy's);
// - data-today: the stored week has band work, so the app shows the Today
//   card (the copy shows its empty frame); the same test as the app's
//   `stored_week_has_band_work` in src/model/plan/week.rs. Its value is
//   "band" when today itself has band work (days[0] is Monday, local
//   time): the card then holds a Start button too, and style/main.css
//   keeps the taller room for it;
// - data-deep-link: the page opens at another screen than the library
//   (the copy's library is hidden, the header stays).
// Storage may be missing or throw (private modes, blocked cookies): every
// access is guarded, and the copy then stays as it is.
// The keys are those of src/model/storage/keys.rs (tests/e2e/prerender.spec.mjs
// checks that they match).
(function () {
  var root = document.documentElement;
  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (e) {
      return null;
    }
  }
  function bandToday(text) {
    try {
      var days = JSON.parse(text).data.days;
      var day = days[(new Date().getDay() + 6) % 7];
      return Boolean(day && day.band && typeof day.band === "object");
    } catch (e) {
      return false;
    }
  }
  try {
    if (stored("bandwork.kit") !== null || stored("bandwork.routines") !== null || stored("bandwork.history") !== null) {
      root.setAttribute("data-returning", "");
    }
    var plan = stored("bandwork.plan") || "";
    if (plan.indexOf('"band":{') !== -1) root.setAttribute("data-today", bandToday(plan) ? "band" : "");
    var settings = JSON.parse(stored("bandwork.settings") || "null");
    var theme = settings && settings.theme;
    if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
  } catch (e) {
    // Unreadable settings: the app reports them; the device's theme for now.
  }
  try {
    var screen = location.hash.replace(/^#\/?/, "").split(/[/?]/)[0].toLowerCase();
    if (screen !== "" && screen !== "library") root.setAttribute("data-deep-link", "");
  } catch (e) {
    // No location: show the library.
  }
})();
