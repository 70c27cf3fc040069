"""The self-assessment: criteria (versioned data in ``criteria/``) scored from the sources and evidence."""
