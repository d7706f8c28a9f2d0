// Copy buttons: <button data-copy="ID"> copies the text of the element with that id.
// The buttons stay hidden without JavaScript or a clipboard; the text is selectable anyway.
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source) return;
    var status = button.parentNode.querySelector("[role=status]");
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(
        function () { if (status) status.textContent = "已复制。"; },
        function () { if (status) status.textContent = "无法复制，请手动选择文字。"; }
      );
    });
  });
})();
