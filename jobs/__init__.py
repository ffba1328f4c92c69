"""The scheduled jobs (poll, deliver, reload) and the scheduler that runs them."""
