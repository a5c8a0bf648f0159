"""HTML that is valid and text that stays text, in every template.

``escaping``   what a profile value may contain, and how it reaches the
               theme's own templates (which do not autoescape) as text.
``valid_html`` one pass over each finished page that makes Material's
               markup valid HTML (W3C Nu Html Checker) without copying
               its partials.

Pure functions; no MkDocs imports. The hook ``hooks/valid_html.py`` and
``hooks/municipality_profile.py`` wire them in.
"""
