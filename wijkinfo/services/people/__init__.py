"""Who is at the desk: users, sign-in and the one permission check."""
