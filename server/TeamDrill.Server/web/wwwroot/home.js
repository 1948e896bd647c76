// Lists the per-system client downloads when this server has published clients to hand out.
(async () => {
  const list = document.getElementById('downloads');
  if (!list) return;
  try {
    const response = await fetch('/download?format=json', { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const body = await response.json();
    const files = Array.isArray(body) ? body : (body.files || body.clients || body.downloads || []);
    for (const file of files) {
      const name = file.name || file.file || file.fileName;
      if (!name) continue;
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = file.url || file.href || ('/download/' + encodeURIComponent(name));
      link.textContent = name;
      item.appendChild(link);
      const system = file.system || file.rid || file.runtime || file.platform;
      if (system) item.appendChild(document.createTextNode(' for ' + system));
      list.appendChild(item);
    }
  } catch {
    // No downloads here: the link to the downloads page above still says what to do.
  }
})();
