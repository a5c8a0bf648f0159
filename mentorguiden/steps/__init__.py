"""The step-by-step guide for companies: ``data/trin.yml`` → ``StepGuide`` → /virksomheder/trin-for-trin/.

``model.py`` loads and checks the data file; ``page.py`` renders the guide
and the "part of step N" notice on the guidance pages a step links to.
"""
