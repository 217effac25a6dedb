/* Times libxml2's streaming reader over an inflated worksheet, for the README's choice of
 * the workbook reader (each node, each r= attribute, each text; nothing else):
 *   unzip -p de_nghi.xlsx xl/worksheets/sheet1.xml > /tmp/sheet1.xml
 *   cc -O2 scripts/xml-reader-timing.c $(pkg-config --cflags --libs libxml-2.0) -o /tmp/xmlr
 *   /usr/bin/time /tmp/xmlr /tmp/sheet1.xml */
#include <libxml/xmlreader.h>
#include <stdio.h>
int main(int argc, char **argv) {
  xmlTextReaderPtr r = xmlReaderForFile(argv[1], NULL, XML_PARSE_NONET | XML_PARSE_HUGE);
  long elements = 0, texts = 0, bytes = 0;
  while (xmlTextReaderRead(r) == 1) {
    int t = xmlTextReaderNodeType(r);
    if (t == 1) { elements++; xmlChar *a = xmlTextReaderGetAttribute(r, BAD_CAST "r"); if (a) xmlFree(a); }
    else if (t == 3) { const xmlChar *v = xmlTextReaderConstValue(r); texts++; if (v) bytes += xmlStrlen(v); }
  }
  xmlFreeTextReader(r);
  printf("%ld elements, %ld texts, %ld bytes\n", elements, texts, bytes);
  return 0;
}
