// zlib for the WARC.gz reader. zlib's header includes no ICU, so Swift may import it directly.
#include <zlib.h>
