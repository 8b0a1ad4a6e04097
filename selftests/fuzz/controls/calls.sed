# request.h: an output too short let through when there is no input
s/if (req->out_len < (req->compat/if (req->in_len \&\& req->out_len < (req->compat/
