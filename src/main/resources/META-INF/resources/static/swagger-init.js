// Starts Swagger UI on /q/swagger-ui (the page is kr.drregistry.web.SecurityHeaders#swaggerPage): a file of its own,
// because the Content Security Policy allows no inline script.
(function () {
  'use strict';
  var host = document.getElementById('swagger-ui');
  window.ui = window.SwaggerUIBundle({
    url: host.getAttribute('data-openapi'),
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [window.SwaggerUIBundle.presets.apis, window.SwaggerUIStandalonePreset],
    plugins: [window.SwaggerUIBundle.plugins.DownloadUrl],
    layout: 'StandaloneLayout'
  });
})();
