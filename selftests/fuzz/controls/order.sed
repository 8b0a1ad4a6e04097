# request.h: the privilege check made after the buffer checks
/WINPAR_REQ_RAWIO) && !req->client->kernel/{N;d}
s/^\t\treturn r->out_short;$/&\n\tif ((r->flags \& WINPAR_REQ_RAWIO) \&\& !req->client->kernel \&\& !capable(CAP_SYS_RAWIO))\n\t\treturn STATUS_ACCESS_DENIED;/
