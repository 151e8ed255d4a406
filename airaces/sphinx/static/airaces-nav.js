// The menu buttons, on a phone and on a laptop.
//
// pydata-sphinx-theme 0.17 draws a second "primary-toggle" (and "secondary-toggle") button
// in its header. It and sphinx-book-theme bind their handlers with querySelector, to the
// first button of each kind, which this layout hides; the one a reader sees does nothing
// (pydata-sphinx-theme#2451, sphinx-book-theme#988). A click on any other button of the
// same kind is handed to the first, where the themes' handlers are: on a wide screen the
// book theme hides or restores the sidebar, on a narrow one pydata-sphinx-theme opens it as
// a dialog that a tap outside it or Escape closes.
(function () {
  "use strict";
  ["primary-toggle", "secondary-toggle"].forEach(function (kind) {
    const buttons = Array.from(document.querySelectorAll("button." + kind));
    const bound = buttons[0];
    buttons.slice(1).forEach(function (button) {
      button.addEventListener("click", function (event) {
        event.preventDefault();
        event.stopImmediatePropagation();
        // Let go of focus, as the book theme does for the button it binds: otherwise the
        // button's tooltip shows again when the menu closes and gives focus back.
        button.blur();
        bound.click();
      }, true);
    });
  });
})();
