// What the start page's scripts share: building elements (all text through textContent) and polling a JSON
// endpoint with the page's session every few seconds, reporting failures in a status element.
window.CommunityOps = (function () {
  'use strict';
  var REFRESH_MILLIS = 5000;

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function poll(url, status, render) {
    function refresh() {
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error(response.status === 401 ? 'signed out: reload the page to sign in again'
                : 'the server answered ' + response.status);
          }
          return response.json();
        })
        .then(render)
        .catch(function (error) {
          status.textContent = 'not updated: ' + error.message;
          status.className = 'error';
        })
        .then(function () { window.setTimeout(refresh, REFRESH_MILLIS); });
    }
    refresh();
  }

  return { el: el, poll: poll };
}());
