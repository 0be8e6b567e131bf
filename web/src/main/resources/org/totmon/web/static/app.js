// Report page: each layer checkbox hides or shows its highlights by a class on the text.
document.querySelectorAll('#toggles input[data-layer]').forEach(function (box) {
  box.addEventListener('change', function () {
    document.getElementById('text').classList.toggle('hide-' + box.dataset.layer, !box.checked);
  });
});
