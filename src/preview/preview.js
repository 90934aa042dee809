// leafpress live preview: follows the server's rebuilds (Server-Sent Events on /events)
// and swaps the new state into the page without reloading it, so the scroll position
// stays and the pages never flash empty. Served as /preview.js (CSP: script-src 'self').
"use strict";
(function () {
  function localTimes(root) {
    root.querySelectorAll("time[datetime]").forEach(function (t) {
      var d = new Date(t.getAttribute("datetime"));
      if (!isNaN(d)) t.textContent = d.toLocaleTimeString();
    });
  }
  localTimes(document);
  var form = document.getElementById("choose");
  if (form) {
    form.addEventListener("change", function () { form.submit(); });
    var button = form.querySelector("button");
    if (button) button.hidden = true;
  }
  var url = document.body.getAttribute("data-events");
  if (!url || !window.EventSource) return;
  var busy = false, again = false;
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(location.href, { cache: "no-store" })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html");
        var images = Array.prototype.map.call(next.querySelectorAll("#live img"), function (img) {
          var early = new Image();
          early.src = img.getAttribute("src");
          return early.decode().catch(function () {});
        });
        return Promise.all(images).then(function () {
          var fresh = next.getElementById("live"), old = document.getElementById("live");
          if (!fresh || !old) { location.reload(); return; }
          localTimes(fresh);
          old.replaceWith(document.importNode(fresh, true));
          document.title = next.title;
        });
      })
      .catch(function () { location.reload(); })
      .then(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }
  new EventSource(url).addEventListener("update", refresh);
})();
