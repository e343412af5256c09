// framelens report: record script errors and blocked loads in the body's data-errors, so a
// headless browser (and a curious reader) can see that the page ran cleanly.
(function () {
  function record(message) {
    var b = document.body;
    b.setAttribute("data-errors", (b.getAttribute("data-errors") || "") + message + "\n");
  }
  window.addEventListener("error", function (e) {
    record("error: " + (e.message || (e.target && (e.target.src || e.target.href)) || "unknown"));
  }, true);
  window.addEventListener("unhandledrejection", function (e) { record("rejection: " + e.reason); });
  document.addEventListener("securitypolicyviolation", function (e) {
    record("blocked: " + e.violatedDirective + " " + e.blockedURI);
  });
})();
