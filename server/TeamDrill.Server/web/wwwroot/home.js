// Lists the client downloads when this server has published clients to hand out.
// The shape is GET /download?format=json: { version, protocolVersion, files: [{ name, size, sha256, url }], hint }.
(async () => {
  const list = document.getElementById('downloads');
  if (!list) return;
  try {
    const response = await fetch('/download?format=json', { headers: { Accept: 'application/json' } });
    if (!response.ok) return;
    const body = await response.json();
    for (const file of body.files || []) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = file.url;
      link.textContent = file.name;
      item.appendChild(link);
      const megabytes = (file.size / 1048576).toFixed(0);
      item.appendChild(document.createTextNode(' (' + megabytes + ' MB)'));
      list.appendChild(item);
    }
  } catch {
    // No downloads here: the link to the downloads page above still says what to do.
  }
})();
