(function () {
  "use strict";
  // Quick exit (the GOV.UK "Exit this page" pattern): the button, the Esc key, or Shift
  // pressed three times within five seconds replace this page with a neutral website.
  var button = document.querySelector("[data-exit]");
  if (!button) {
    return;
  }
  var neutral = button.href;
  var left = false;
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    if (left) {
      return;
    }
    left = true;
    try {
      window.sessionStorage.clear();
      window.localStorage.clear();
    } catch (e) {
      // Storage may be disabled; leave anyway.
    }
    // Hide the page at once, even if the neutral site is slow to load.
    document.title = "";
    document.body.textContent = "";
    // replace(): this page is not kept in the tab's history, so Back does not return to it.
    window.location.replace(neutral);
  }
  button.addEventListener("click", leave);
  var shifts = 0;
  var timer = null;
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" || event.key === "Esc") {
      leave(event);
      return;
    }
    if (event.key !== "Shift") {
      shifts = 0;
      return;
    }
    shifts += 1;
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      shifts = 0;
    }, 5000);
    if (shifts >= 3) {
      leave(event);
    }
  });
})();
