print >>sys.stderr, 'x'
print >> f
