"""The interactive checks "Kan vi få en mentor – og kompensation?" and "Mentorstøtte – ja eller nej?".

``model`` reads ``data/afklaring.yml`` and checks its graph of questions and
results; ``page`` renders each check as a generated page that is a readable
guide without JavaScript and one question per screen with
``overrides/assets/javascripts/decision-aid.js``.
"""
