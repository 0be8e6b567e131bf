// The API documentation page: Swagger UI over this server's own OpenAPI file; "Try it out" calls this server.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
