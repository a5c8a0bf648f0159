"""The site's own stylesheets and scripts: which page loads which (``page_assets.py``)."""
